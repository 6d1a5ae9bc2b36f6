# reports — English
# The trainee's HTML report, the CSV export, importing exports, the LRS and the trainer's
# group report. Scenario content (lines, answers, feedback) stays in the scenario's language.

## The trainee's HTML report
reports-html-title = Gesprekstrainer: progress of { $name }
reports-html-summary = Group: { $group } · exported on { $date } · { $n ->
        [one] 1 attempt
       *[other] { $n } attempts
    }
reports-html-goals = Learning goals
reports-html-no-goals = No learning goals recorded yet.
reports-html-skills-chart = Average score per skill
reports-html-trend-chart = Overall score per attempt
reports-html-not-applicable = n/a
reports-html-self-heading = Self-assessment next to measured score
reports-html-skill = Skill
reports-html-measured-average = Measured (average)
reports-html-self-before = Self, before
reports-html-self-after = Self, after
reports-html-gap-heading = Difference between self-assessment and measurement per attempt
reports-html-date = Date
reports-html-scenario = Scenario
reports-html-average-gap = Average difference
reports-html-gap-points = { $gap } percentage points
reports-html-self-scale = Self-assessment 1–5 converted: 1 = 0%, 3 = 50%, 5 = 100%. Positive: you rated yourself higher than the measurement.
reports-html-attempts = Attempts
reports-html-outcome = Outcome
reports-html-score = Score
reports-html-findings = Legal findings
reports-html-transcripts = Call transcripts with feedback
reports-html-variant = The citizen today: { $variant }
reports-html-afterwards = Afterwards:
reports-html-citizen = Citizen
reports-html-you = You
reports-html-quality = Quality:
reports-html-best-available = best available:
reports-html-best-answer = The best answer here:
reports-html-better = Better:
reports-html-mood = anger { $anger } · trust { $trust }
reports-html-after-call = After the call ({ $percent }%)
reports-html-no-answer = (no answer)
reports-html-right = right
reports-html-wrong = not right

## The CSV export (same columns, same order in every language)
reports-csv-profile = profile
reports-csv-group = group
reports-csv-date = date
reports-csv-scenario = scenario
reports-csv-version = version
reports-csv-mode = mode
reports-csv-outcome = outcome
reports-csv-skill = skill
reports-csv-points = points
reports-csv-best = best
reports-csv-percent = percentage
reports-csv-overall = overall score
reports-csv-time-outs = time-outs
reports-csv-turns = turns
reports-csv-findings = legal findings
reports-csv-preparation = preparation
reports-csv-after-call = after the call

## Importing an export, and the Learning Record Store
reports-import-unreadable = { $file }: cannot read the file: { $error }
reports-import-not-utf8 = not valid UTF-8 text
reports-import-no-checksum = { $file }: no checksum on the first line; this is not a Gesprekstrainer export
reports-import-tampered = { $file }: the checksum does not match: the file was edited or damaged after it was exported (the checksum catches damage and casual edits; it does not catch someone who deliberately updates it too)
reports-import-newer = { $file }: export format { $found } is newer than this version of Gesprekstrainer ({ $known }); please update the program
reports-lrs-error = the LRS at { $url } returned an error: { $error }
reports-lrs-unexpected = the LRS gave an unexpected answer: { $answer }
reports-lrs-no-statements = no 'statements' in the answer

## The trainer's group report (return day)
reports-review-missing = { $path }: does not exist
reports-group-title = return day
reports-group-heading = Return day: overview of the group
reports-group-counts = { $trainees ->
        [one] 1 participant
       *[other] { $trainees } participants
    }, { $attempts ->
        [one] 1 attempt
       *[other] { $attempts } attempts
    }.
reports-group-refused = Refused files
reports-group-matrix = Participants × skills
reports-group-trainee = Participant
reports-group-attempts = Attempts
reports-group-mean-spread = Average ± spread
reports-group-self = Self-assessment next to measured score (latest self-assessment after a call)
reports-group-hardest = Hardest scenarios
reports-group-scenario = Scenario
reports-group-average-score = Average score
reports-group-outcomes = Outcomes reached
reports-group-goals = Learning goals
reports-group-coverage = Coverage of the scenarios
reports-group-coverage-counts = { $attempts ->
        [one] 1 attempt
       *[other] { $attempts } attempts
    }; { $unchosen } of { $responses } answers chosen by nobody.
reports-group-unreached = Reached by nobody: { $nodes }
reports-group-unchosen = Answers not chosen
reports-group-per-trainee = Per participant
reports-group-curve = Escalation curve
reports-group-csv-trainee = participant
reports-group-csv-attempts = attempts
reports-group-csv-measured = measured
reports-group-csv-self-after = self after
reports-group-csv-difference = difference

## organisation settings

reports-html-organisation = Organisation: { $name }
reports-html-return-day = Return day: { $date }
reports-long-date = { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $day }, { $year }
reports-group-organisations = { $count ->
        [one] Organisation
       *[other] Organisations
    }: { $names }
reports-lrs-conflict = the LRS at { $url } already holds different statements under the same ids (for example after a change of home page) and therefore stored nothing of this batch
