# validator — English

## Severity, as in a compiler message: file:line:column: error: …

validator-error = error
validator-warning = warning

## Reading files (load.rs, library.rs)

validator-unreadable-file = the file cannot be read: { $error }
validator-not-utf8 = the file is not valid UTF-8 text; save it as UTF-8
validator-empty-file = the file is empty
validator-unreadable-folder = the folder cannot be read: { $error }
validator-path-missing = this file or folder does not exist
validator-unknown-scenario = this file does not exist and there is no built-in scenario with this id (available: { $ids })

## gesprekstrainer validate

validator-no-files = no scenario files (*.ron) found
validator-summary = { $files ->
        [one] 1 file
       *[other] { $files } files
    } checked: { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }

## The checks (validate.rs)

validator-no-id = the scenario has no id
validator-mood-range = anger and trust run from 0 to 100
validator-max-turns = max_turns must be at least 1
validator-no-nodes = the scenario has no nodes
validator-language = language '{ $language }' is not 'nl' or 'en'
validator-single-answer = node '{ $node }' has only one answer: there is nothing to choose
validator-few-answers = node '{ $node }' offers { $count } answers; give 3 or 4, with near-misses that tempt
validator-best-longest = the best answer is the longest in { $longest } of the { $total } choice moments; at most half, or the length gives the answer away
validator-interest-unused = the interest '{ $id }' changes the call nowhere: use it in a condition (Uncovered("{ $id }"))
validator-all-traps = every answer in node '{ $node }' contains a legal trap: give the trainee a lawful answer
validator-answer-at = node '{ $node }' answer { $number }
validator-better-on-best = { $at } has 'better:' but earns as much as the node's best answer; give its quality (quality: Acceptable, Weak or Harmful)
validator-empty-id = a node or ending has an empty id
validator-duplicate-id = id '{ $id }' occurs twice: ids of nodes and endings must be unique
validator-duplicate-interest = interest id '{ $id }' occurs twice
validator-no-interest = the citizen has no hidden interest to uncover
validator-kind-preparation = preparation question
validator-kind-after-call = after-call question
validator-prep-when = preparation question '{ $id }' has 'when': only an after-call question can have one
validator-situation-missing = situation '{ $label }' ({ $name }) needs { $missing }
validator-duplicate-question = question id '{ $id }' occurs twice
validator-question-no-options = { $kind } '{ $id }' has no options
validator-question-no-correct = { $kind } '{ $id }' has no correct option
validator-question-no-feedback = { $kind } '{ $id }' has an option without feedback
validator-unknown-start = start '{ $start }' is not a node
validator-unknown-escalation = the escalation rule goes to the unknown node or ending '{ $target }'
validator-node-no-line = node '{ $node }' has no line for the citizen
validator-dead-end = node '{ $node }' is a dead end: it has no answers and is not an ending
validator-too-many-answers = node '{ $node }' offers { $count } answers; the call screen has only 5 keys
validator-answer-no-text = { $at } has no text
validator-answer-no-feedback = { $at } has no feedback
validator-answer-no-tags = { $at } has no technique tags
validator-unknown-target = { $at } goes to the unknown node or ending '{ $target }'
validator-ending-no-line = ending '{ $ending }' has no closing line
validator-unknown-interest-uncovered = an answer uncovers the unknown interest '{ $id }'
validator-interest-never-uncovered = no answer uncovers the interest '{ $id }'
validator-in-node = in node '{ $node }'
validator-at-question = at question '{ $id }'
validator-condition-flag = a condition { $place } tests the flag '{ $flag }', which no answer sets
validator-condition-interest = a condition { $place } tests the unknown interest '{ $id }'
validator-condition-node = a condition { $place } tests a visit to the unknown node '{ $node }'
validator-unreachable-node = node '{ $node }' can never be reached from the start
validator-unreached-ending = ending '{ $ending }' is never reached
validator-no-good-ending = no ending is a good outcome

## What a situation needs (situation.rs)

validator-evidence-intrekken = an ending WithdrawnInWriting and a trap OralWithdrawalAccepted or WithdrawalPushed
validator-evidence-eigen-fout = an ending DecisionCorrected
validator-evidence-formeel = an ending FormalHearing and a trap HearingDenied
validator-evidence-verdriet = citizen.emotion: Verdrietig
validator-evidence-schijninstemming = an answer with CheckingUnderstanding that uncovers an interest (Uncovers)
validator-evidence-wantrouwen = a starting trust of at most 25 for the citizen and every variant
validator-evidence-laag-geletterd = at least two best answers with CheckingUnderstanding
validator-evidence-tolk = a best answer that calls in or addresses the interpreter (the word 'tolk' in its text)
validator-evidence-suicidesignaal = an ending SafetyHandover, a trap SafetySignalMissed and after-call questions
validator-evidence-dreiging = an ending EndedAfterThreat and after-call questions
validator-evidence-voor-besluit = case_type: Aanvraag
validator-evidence-terugbellen = an ending CallbackArranged
validator-evidence-opname = a trap RecordingForbidden

## What only the analysis sees (checks.rs)

validator-clean-incomplete = not every clean call could be checked (more than { $max } states)
validator-clean-loops = a clean call (always the best answer) never reaches an ending: it goes round until the turn limit
validator-clean-ends-badly = a clean call (always the best answer) ends in: { $outcomes }
validator-branch-case = case { $number }
validator-branch-otherwise = 'otherwise'
validator-branch-untaken = { $at }: { $which } of the branch is taken in no call
validator-single-break = { $at } ends the call as the first escalating answer; put the reason in 'ends_call: "…"', or let the citizen hang up only after repeated escalation
