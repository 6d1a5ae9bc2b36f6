# window — English
# Everything the window shows (src/app). Scenario content is not here: it stays in the
# scenario's own language.

## Start screen

window-app-title = Conversation trainer
window-welcome = Practise the informal approach: call an angry or disappointed citizen, listen, summarise, probe.
window-choose-profile = Choose your profile
window-new-profile = New profile (name or pseudonym):
window-start = Start
window-trainer-entrance = Trainer entrance: review the group's exports
window-language = Language
window-search-profile = Search your name…
window-theme = Theme
window-light = Light
window-dark = Dark
window-display-not-saved = The display settings could not be saved in the profile: { $error }
window-profile-not-saved = The profile could not be saved: { $error }

## Opening the window (printed in the terminal)

window-no-display = The window cannot open: there is no display (DISPLAY is not set, for example in an SSH session or on a server).
window-needs-x11 = The window cannot open: this version needs X11 (XWayland); DISPLAY is not set.

## Library

window-library = Scenarios
window-my-progress = My progress and export
window-filter-all = All
window-done-best = Best score
window-not-done = Not played yet
window-recommended = Recommended next
window-weakest = your weakest skill
window-invalid-files = These scenario files could not be loaded:
window-resume-offer = You were in the middle of a call. Continue where you stopped?
window-resume = Continue
window-discard = Discard
window-prepare = Prepare
window-situations = Practises
window-no-scenarios = No valid scenarios were found.
window-interrupted-unknown = The interrupted call belongs to scenario '{ $id }', which is not in the library (or no longer in this version).
window-interrupted-unreadable = The interrupted call could not be read: { $error }
window-interrupted-not-discarded = Could not discard the interrupted call: { $error }

## Difficulty and kind of case, on the cards and the preparation screen

window-difficulty-introductie = Introductory
window-difficulty-gevorderd = Advanced
window-difficulty-moeilijk = Difficult
window-case-bezwaar = Objection
window-case-klacht = Complaint
window-case-zienswijze = Statement of views
window-case-aanvraag = Application
window-case-besluit = Decision

## Preparation

window-dossier = Case file
window-facts = Facts
window-deadlines = Deadlines
window-room = Room for manoeuvre
window-third-parties = Third parties
window-citizen-age = { $name } (age { $age })
window-checklist = Call guide: preparation
window-rate-before = How good are you at this now? (1–5, you may skip this)
window-start-training = Call (training: feedback after each choice)
window-start-test = Call (test: feedback at the end)
window-back = Back (Esc)

## The call

window-anger = Anger
window-grief = Grief
window-fear = Fear
window-trust = Trust
# A meter as a screen reader hears it: "Anger: 64 out of 100".
window-meter-spoken = { $label }: { $value } out of 100
# The citizen's face as a screen reader hears it.
window-face-spoken = { $name }: { $emotion } { $anger } out of 100, Trust { $trust } out of 100
window-phase = Phase
window-call-time = Call time
window-under-a-minute = < 1 min
window-minutes = { $minutes } min
window-time-out = Time-out: trainer's tip (T, costs 1 point)
window-hint = Tip
window-citizen = Citizen
window-you = You
window-your-answer = Your answer (keys 1–5):
window-feedback = Feedback
window-quality = Quality of your answer
window-best-available = best available
window-best-answer = The best answer here was
window-better = Better
window-note = Note
window-continue = Continue (Enter)
window-call-ended = The call has ended.
window-after-call = After the call: what do you do now?
window-answer-first = Please answer the after-call questions first.
window-to-debrief = To the debrief (Enter)
window-call-not-saved = The call could not be saved: { $error }
window-attempt-not-saved = The attempt could not be saved: { $error }

## Debrief

window-debrief = Debrief
window-to-library = Back to the scenarios
window-outcome = Outcome
window-overall = Overall score
window-passed = passed
window-not-passed = not passed (needs 70% and no legal findings)
window-variant = The citizen today
window-preparation-score = Preparation
window-after-call-score = After the call
window-skills = Skills
window-not-applicable = n/a
window-curve = Course of the call
# The curve as a screen reader hears it.
window-curve-spoken = Course of the call: { $emotion } { $anger-from } → { $anger-to }, Trust { $trust-from } → { $trust-to }, { $turns ->
        [one] 1 turn
       *[other] { $turns } turns
    }
window-turn = Turn
window-start-point = Start of the call
window-click-to-rewind = click to try this turn again
window-dashed-what-if = dashed: what if
window-what-if = What if? Practising from turn
window-what-if-note = This practice call is not saved; your attempt stays as it was.
window-what-if-stop = Stop practising
window-what-if-hint = Click a turn in the curve to try another answer from there.
window-what-if-result = Outcome of the practice call
window-verdict = The citizen's verdict
window-findings = Legal findings
window-no-findings = No legal traps.
window-epilogue = What happens next
window-no-answer = (no answer)
window-rate-after = And now, after this call? (1–5)
window-rating-not-saved = The self-assessment could not be saved: { $error }
window-transcript = Annotated transcript

## Progress

window-progress-title = Progress of { $name }
window-export = Export for the return day
window-no-calls-yet = No calls made yet.
window-score-per-skill = Score per skill, per attempt
window-self-vs-measured = Self-assessment beside the measured score
window-column-skill = Skill
window-column-measured = Measured
window-column-self-before = Self, before
window-column-self-after = Self, after
window-column-difference = Difference
window-self-gap = Self-assessment minus measurement per attempt (percentage points): { $gaps }
window-scenarios-done = Scenarios
window-best-percent = best { $percent }%
window-exported = Exported to { $dir }
window-exported-skipping = Exported to { $dir } ({ $skipped ->
        [one] 1 unreadable attempt
       *[other] { $skipped } unreadable attempts
    } skipped)
window-export-failed = Export failed: { $error }

## Trainer screen (return day)

window-review-title = Return day: the group's exports
window-review-folder = Folder with exports:
window-review-read = Load
window-review-counts = { $trainees ->
        [one] 1 trainee
       *[other] { $trainees } trainees
    }; { $refused ->
        [one] 1 file
       *[other] { $refused } files
    } refused.
window-review-trainee = Trainee
window-review-mean = Average ± spread
window-review-hardest = Hardest scenarios
window-review-outcomes = Outcomes
window-review-hardest-line = { $id }: average { $mean }% over { $attempts ->
        [one] 1 attempt
       *[other] { $attempts } attempts
    }
window-review-unchosen = Answers nobody chose
window-review-unchosen-line = { $id }: { $unchosen } of { $responses } answers chosen by nobody; not reached: { $unreached }
window-review-goals = Learning goals: { $goals }

## Own scenarios and packs in the library
window-library-own = own scenario
window-library-pack = pack { $pack }
window-pack-import-label = Import a scenario pack:
window-pack-import-hint = path to a folder or .zip
window-pack-import = Import
window-pack-drop-hint = Or drop a pack (folder or .zip) on this window.
window-drop-where = Drop a scenario pack on the library, or exports on the trainer's screen.
window-pick-zip = Choose a .zip…
window-pick-folder = Choose a folder…
window-pick-pack-title = Choose a scenario pack
window-pick-exports-title = Choose a folder of exports
window-pick-none = Nothing chosen. If choosing does not work on this computer, type the path, or drop the file or folder on this window.
window-review-drop-hint = (or drop exports on this window)
