# terminal — English

## General

terminal-error = error: { $message }
terminal-warning = warning: { $message }
terminal-no-window = This version was built without a window (without the 'app' feature). Use 'gesprekstrainer play <scenario>' to practise in the terminal, or rebuild with 'cargo run --release'.

## Stopping (crash.rs)

terminal-crash-no-display = The window cannot open: there is no working display (for example in an SSH session or on a server).
terminal-crash-no-gpu = The window cannot open: no usable graphics card or driver was found.
terminal-crash-unexpected = Gesprekstrainer stopped because of an unexpected error.
terminal-crash-hint = You can also practise in the terminal, without a window: gesprekstrainer play klacht-stadswinkel (or another scenario id).
terminal-crash-no-message = (no message)
terminal-crash-details-in = The details are in { $path }.
terminal-crash-details = Details: { $message } ({ $place })
terminal-crash-log-at = at { $place }

## analyze and graph

terminal-analyze-scenario = Scenario { $id } — { $title }
terminal-analyze-size = Nodes { $nodes }, endings { $endings }, answers { $responses }
terminal-analyze-paths-max = more than 3.4·10^38
terminal-analyze-paths-unknown = unknown (too large to search completely)
terminal-analyze-exact = exact, { $states } call states searched
terminal-analyze-beam = too large to search completely; the worst call was found with a beam search
terminal-analyze-kind = Analysis: { $kind }
terminal-analyze-path-count = Possible calls: { $paths }
terminal-analyze-outcomes = Reachable outcomes:
terminal-analyze-endings = Reachable endings: { $endings }
terminal-analyze-choices = Choice moments: { $choices }, { $mean } answers on average; the best answer is the longest in { $longest } ({ $percent }%)
terminal-analyze-routes = Routes to a good ending (clean calls, different nodes): { $routes }
terminal-analyze-clean = Clean calls (always the best answer): { $states } states, ending in: { $outcomes }
terminal-analyze-yardstick = Yardstick (100%): the clean reference call, { $decisions } decisions; per skill:
terminal-analyze-variant = Variant { $id } ({ $label }): clean call of { $decisions } decisions, ends in: { $outcomes }
terminal-analyze-paths-variant = Paths below: with --seed 1, variant { $variant }
terminal-analyze-anger-curve = Anger per turn (clean call): { $curve }
terminal-analyze-calm-after = Below 40 after { $turns ->
        [one] 1 turn
       *[other] { $turns } turns
    }
terminal-analyze-recovery = Best score with one mistake and then recovery: { $score }% (--choose { $choices })
terminal-analyze-best-path = Best path (--choose): { $choices }
terminal-analyze-worst-path = Worst path (--choose): { $choices } ({ $loss } points lost)
terminal-graph-if = if
terminal-graph-anger-at-least = anger ≥ { $anger }
terminal-graph-unknown = unknown

## play

terminal-scenario-changed = the scenario '{ $id }' has changed since this attempt (or it is a different scenario); practising from a turn only works with the same version.
terminal-rewind-start = Practising from turn { $turn }: this will not be saved.
terminal-rewind-original = == The original call up to turn { $turn } ==
terminal-rewind-choose-again = == From here you choose again ==
terminal-citizen = Citizen{ $cue }: { $line }
terminal-you = You: { $response }
terminal-you-numbered = You ({ $number }): { $response }
terminal-auto-worst-rewound = --auto worst cannot start from a turn; use --choose or --auto random
terminal-choices-ran-out = the choices ran out after { $turns ->
        [one] 1 turn
       *[other] { $turns } turns
    }, before the call ended
terminal-turn-error = turn { $turn }: { $message }
terminal-stopped-before-after-call = Stopped before the after-call questions; the attempt has not been saved.
terminal-feedback-per-turn = == Feedback per turn ==
terminal-saved = Saved: { $path }
terminal-attempt-not-saved = the attempt could not be saved: { $message }
terminal-progress-not-saved = the call in progress could not be saved: { $message }
terminal-resume-offer = An interrupted call is waiting ({ $turns ->
        [one] 1 turn
       *[other] { $turns } turns
    }).
terminal-resume-question = Continue where you left off? (y/n)
# The letter that answers the question above with yes.
terminal-yes-letter = y
terminal-dossier = Case file: { $decision }
terminal-dossier-facts = Facts
terminal-dossier-deadlines = Time limits
terminal-dossier-room = Room to manoeuvre
terminal-dossier-third-parties = Third parties
terminal-preparation = == Preparation ==
terminal-call-heading = == The call ==  (type a number; t = time-out with a tip; s = stop)
terminal-choice-prompt = Your choice:
terminal-call-interrupted = Call interrupted.
terminal-call-stopped = Call stopped.
terminal-trainer-tip = Trainer's tip: { $tip }
terminal-feedback = Feedback: { $feedback }
terminal-better = Better: { $better }
terminal-note = Note: { $note }
terminal-type-a-number = Type a number from 1 to { $count }, t for a tip or s to stop.
terminal-after-call = == After the call ==
terminal-answer-prompt = Your answer:

## Result (report.rs)

terminal-result = == Result ==
terminal-outcome = Outcome: { $outcome }
terminal-citizen-today = The citizen today: { $variant }
terminal-legacy-score = — old score, calculated before scoring per decision
terminal-total-score = Total score: { $percent }% ({ $points } of { $best } points, { $hints ->
        [one] 1 time-out
       *[other] { $hints } time-outs
    })
terminal-passed-yes = Passed: yes (at least { $mark }% and no legal findings)
terminal-passed-no = Passed: no (needed: at least { $mark }% and no legal findings)
terminal-preparation-score = Preparation: { $percent }%
terminal-after-call-score = After the call: { $percent }%
terminal-not-applicable = n/a
terminal-skill-points = ({ $points } of { $best })
terminal-findings-none = Legal findings: none
terminal-findings = Legal findings:
terminal-epilogue = What happens next:
terminal-after-call-answers = After the call:
terminal-answer-good = right
terminal-answer-not-good = not right
terminal-no-answer = (no answer)
terminal-verdict = The citizen's verdict:
terminal-verdict-yes = yes:
terminal-verdict-no = no:
terminal-quality = Quality: { $quality } (best available: { $best })
terminal-best-answer-here = Best answer here: { $text }
terminal-mood = anger { $anger }, trust { $trust }

## review

terminal-review-no-paths = give the folders or files with exports (export.ron)
terminal-refused = refused: { $reason }
terminal-review-none-usable = no usable export found
terminal-review-count = { $trainees ->
        [one] 1 trainee
       *[other] { $trainees } trainees
    }, { $refused ->
        [one] 1 refused file
       *[other] { $refused } refused files
    }
terminal-review-skill = Skill
terminal-review-mean = average
terminal-review-spread = spread
terminal-review-hardest = Hardest scenario: { $id } ({ $attempts ->
        [one] 1 attempt
       *[other] { $attempts } attempts
    }, { $mean }% on average)
terminal-review-coverage = Coverage { $id }: { $unchosen } of { $responses } answers chosen by no one, { $unreached } nodes/endings not reached
terminal-written = Written: { $path }

## export and profile

terminal-no-profile = there is no profile '{ $name }' (data folder: { $dir })
terminal-skipped = skipped: { $problem }
terminal-exported = Exported { $attempts ->
        [one] 1 attempt
       *[other] { $attempts } attempts
    } by { $name }:
terminal-profile = Profile { $name } (group { $group }), learning goals: { $goals }
terminal-no-goals = none
terminal-read-back-failed = reading back failed: { $message }
terminal-lrs-sent = LRS: { $statements ->
        [one] 1 statement
       *[other] { $statements } statements
    } sent, { $stored } stored, { $found } read back
terminal-lrs-lost = the LRS returned { $found } of the { $total } statements
terminal-imported-into = Own scenarios and packs are in { $dir }

## settings (organisatie.ron)

terminal-settings-heading = Organisation settings
terminal-settings-file = File: { $path }
terminal-settings-file-missing = File: { $path } (does not exist; only environment variables and defaults apply)
terminal-settings-organisation = organisation
terminal-settings-home-page = home page (xAPI)
terminal-settings-lrs = LRS
terminal-settings-lrs-user = LRS user
terminal-settings-lrs-password = LRS password
terminal-settings-group = group code
terminal-settings-return-day = return day
terminal-settings-not-set = not set
terminal-settings-password-set = set (not shown)
terminal-settings-from-flag = command line
terminal-settings-from-env = environment variable { $name }
terminal-settings-from-file = file { $path }
terminal-settings-from-default = default
terminal-settings-example = Example to copy as { $path }:
terminal-settings-bad-date = '{ $value }' is not a date; write YYYY-MM-DD, for example "2027-03-12"
terminal-settings-bad-address = '{ $value }' is not a full web address; it must start with https:// or http://
terminal-settings-password = the field '{ $field }' does not belong here: the LRS password is never kept in this file but in the environment variable { $env }
terminal-settings-unknown-field = unknown field '{ $field }'; known fields: { $known }
terminal-settings-duplicate-field = the field '{ $field }' appears twice
terminal-settings-not-text = text in double quotes belongs here, such as "Example Council"
terminal-settings-syntax = this is not valid RON ({ $error }); compare it with the example `gesprekstrainer settings` shows
terminal-lrs-already = LRS: { $count ->
        [one] 1 statement was
       *[other] { $count } statements were
    } already there and not stored again
terminal-lrs-legacy = LRS: { $attempts ->
        [one] 1 attempt was
       *[other] { $attempts } attempts were
    } already there under the ids of an earlier version; those ids are kept (in xapi.json too)
