# core — English
# Labels of the fixed vocabulary: phases, skills, techniques, legal traps (and what follows
# after the call), outcomes, answer qualities, situations, emotions. Keys: <kind>-<Variant>.

phase-Opening = Opening
phase-Verhaal = The citizen tells their story
phase-Samenvatten = Summarising
phase-Doorvragen = Probing for interests
phase-Uitleggen = Explaining
phase-Oplossingen = Exploring solutions
phase-Afspraken = Making agreements
phase-Afsluiten = Closing

skill-Luisteren = Listening
skill-Samenvatten = Summarising
skill-Doorvragen = Probing
skill-Empathie = Empathy and acknowledgement
skill-Uitleggen = Explaining
skill-Oplossingsgericht = Focus on solutions
skill-Afspraken = Agreements and closing
skill-Juridisch = Legally careful

technique-ActiveListening = active listening
technique-Paraphrasing = paraphrasing
technique-Summarising = summarising
technique-ReflectingFeelings = reflecting feelings
technique-OpenQuestion = open question
technique-Probing = probing
technique-Nivea = NIVEA (do not fill in for someone else)
technique-Acknowledging = acknowledging
technique-ExplainingNeutrally = explaining neutrally
technique-SeparatingPersonProblem = separating the person from the problem
technique-ExploringInterests = exploring interests
technique-ProposingOptions = proposing options
technique-Agreements = concrete agreements
technique-CheckingUnderstanding = checking understanding
technique-Silence = allowing a silence
technique-SettingLimits = setting a limit
technique-AskingAboutSafety = asking directly about safety
technique-Defending = defending
technique-Lecturing = patronising or jargon
technique-CalmDown = saying 'calm down'
technique-Interrupting = interrupting
technique-Promising = promising
technique-Judging = judging
technique-FillingIn = filling in for the citizen
technique-PushingWithdrawal = steering towards withdrawal
technique-SolvingTooEarly = solving too early

trap-WithdrawalPushed = Steered towards withdrawal: the initiative must come from the citizen. The citizen withdraws an objection in writing (art. 6:21 Awb, the General Administrative Law Act); someone who withdraws their view on a draft decision (zienswijze) often cannot appeal later (art. 6:13 Awb).
trap-OralWithdrawalAccepted = 'Laat maar zitten' ('never mind') taken as a withdrawal: a telephone call is not a hearing; withdrawal must be in writing (art. 6:21 Awb).
trap-OutcomePromised = Promised an outcome that is not up to you: no commitments that the law or the specialist department does not allow.
trap-ThirdPartyIgnored = Rights of a third interested party given away or ignored: you cannot trade those away on the telephone.
trap-DeadlineMissed = Time limit ignored: informal consultation does not stop the period for deciding (art. 7:10 Awb; for the WOZ property valuation, art. 30(9) Wet WOZ); postponement is only possible with the citizen's consent and is confirmed in writing.
trap-SuspensionMisstated = Wrongly said that the objection suspends the decision: it does not (art. 6:16 Awb).
trap-PrivacyBreach = Privacy: personal data shared or asked for without necessity or without authorisation (GDPR).
trap-SafetySignalMissed = Safety signal not followed up: after a suicide signal, ask directly, stay on the line, mention 113 (the Dutch suicide prevention line) and make a warm handover; after a threat, set a limit, record it and report it.
trap-RecordingForbidden = Wrongly said that the citizen may not record the call: anyone who takes part in a conversation may record it. That is no reason to stop.
trap-NotConfirmedInWriting = Closed without checking whether the citizen is satisfied: only then does the formal complaint procedure lapse (art. 9:5 Awb). Confirming the agreement in writing is good practice.
trap-HearingDenied = Talked the citizen out of the right to be heard: anyone who lodges an objection may be heard (art. 7:2 Awb; for taxes on request, art. 25 AWR).
trap-ObjectionMisstated = Wrongly said who may object or what counts as an objection: only an interested party or their authorised representative, and a letter within the time limit can be an objection (art. 1:2, 2:1 and 6:5 Awb).

trap-epilogue-WithdrawalPushed = A week later the citizen calls back angry: they felt pressured into withdrawing and file a complaint.
trap-epilogue-OralWithdrawalAccepted = The objection is closed as withdrawn, but there is no written withdrawal; the citizen only hears after the time limit that their objection is no longer being dealt with.
trap-epilogue-OutcomePromised = The specialist department cannot keep the promise; the citizen receives a refusal after all and feels lied to.
trap-epilogue-ThirdPartyIgnored = The third interested party hears about the agreement and lodges an objection of their own; the solution does not hold.
trap-epilogue-DeadlineMissed = The period for deciding expires without a decision or an agreement on postponement; the citizen sends a notice of default.
trap-epilogue-SuspensionMisstated = The decision simply stays in force; the citizen was counting on everything being on hold and is taken by surprise.
trap-epilogue-PrivacyBreach = The person concerned finds out that their data has been shared and files a complaint with the data protection officer.
trap-epilogue-HearingDenied = The citizen finds out that they had a right to a hearing and objects after all to the way things were handled.
trap-epilogue-ObjectionMisstated = The objection comes from the wrong person or is not recognised as an objection; it is declared inadmissible or gets lost, and the time limit expires.
trap-epilogue-SafetySignalMissed = The signal was not passed on; nobody knows whether the citizen is safe, and nothing has been recorded to fall back on.
trap-epilogue-RecordingForbidden = The citizen keeps recording anyway and later shares the fragment in which you say recording is not allowed; trust is further away than before.
trap-epilogue-NotConfirmedInWriting = Weeks later it turns out that the citizen remembered something other than what was agreed; nobody can find out what was said.

outcome-InformalSolution = Informal solution agreed
outcome-WithdrawnInWriting = Citizen withdraws on their own initiative, with written confirmation
outcome-ComplaintSettled = Complaint settled to the citizen's satisfaction and confirmed
outcome-FormalHearing = Citizen chooses the formal hearing
outcome-DecisionCorrected = Mistake acknowledged, the decision will be corrected
outcome-CallbackArranged = Callback arranged
outcome-SafetyHandover = Warm handover after a safety signal
outcome-EndedAfterThreat = Call rightly ended after a threat
outcome-Unresolved = No agreement made
outcome-Escalated = Call escalated
outcome-HungUp = Citizen hung up

quality-Best = best
quality-Acceptable = acceptable
quality-Weak = weak
quality-Harmful = harmful

situation-Intrekken = citizen wants to withdraw
situation-EigenFout = mistake by the organisation
situation-Formeel = the formal route is the right one
situation-Verdriet = grief
situation-Schijninstemming = seeming agreement
situation-Wantrouwen = distrust
situation-LaagGeletterd = low literacy
situation-Tolk = interpreter
situation-Suicidesignaal = suicide signal
situation-Dreiging = threat
situation-VoorBesluit = calling before the decision
situation-Terugbellen = callback arrangement
situation-Opname = citizen records the call

emotion-Boos = Anger
emotion-Verdrietig = Grief
emotion-Angstig = Fear

# The engine: notes on timing, time-out tips, the citizen's verdict, result labels.
core-note-too-early = The citizen was still too angry for an explanation or a solution: acknowledge the feeling and summarise first, then explain.
core-note-question-too-early = A question about the facts while the emotion is still high: first show that you hear how angry or upset the citizen is.
core-note-repeated = You already gave this answer earlier in this call; repeating it counts as a weak answer.
core-promise-consequence = Later it turns out that the promise cannot be kept; the citizen feels let down once again.
core-hint-emotion-high = The citizen is still very emotional: listen and acknowledge first; explanations and solutions come later.
core-hint-emotion-easing = The worst of the emotion has passed, but it is not gone. Keep checking that you understand correctly.
core-hint-open = The citizen is open to the conversation: now there is room for explanation, options and agreements.
core-hint-think-of = { $mood } Think of: { $technique }.
core-verdict-heard = I felt heard
core-verdict-respected = I was treated with respect
core-verdict-explained = I now understand how things stand
core-verdict-trusts = I trust the organisation again
core-score-legacy = { $score }% (old score)
core-outcome-misinformed = { $outcome } — but it rests on an incorrect statement or promise

# Engine errors (a saved call that no longer fits its scenario, a wrong choice).
core-error-unknown-target = scenario '{ $scenario }' has no node or ending '{ $id }'
core-error-no-such-choice = there is no choice { $choice }: this moment has { $available } choices
core-error-ended = the call has already ended
core-error-wrong-scenario = this saved call belongs to scenario '{ $found }' version { $found_version }, not '{ $expected }' version { $expected_version }
core-rewind-no-such-turn = turn { $turn } does not exist in this call: choose a turn from 1 to { $last }
core-rewind-engine = the call no longer fits the scenario: { $error }

# Saved files: missing, unreadable, damaged or from a newer version.
core-store-missing = { $path } does not exist
core-store-unreadable = { $path } could not be read: { $error }
core-store-set-aside = { $path } { $problem }; it has been moved aside as { $to } and nothing else is overwritten.
core-store-set-aside-failed = { $path } { $problem }; moving it aside failed ({ $error }).
core-store-problem = { $path } { $problem }
core-store-newer = comes from a newer version of Gesprekstrainer (format { $found }; this version knows { $known })
core-store-damaged = is damaged (line { $line }, column { $column }: { $error })

## Scenario packs and own scenario folders
core-pack-manifest-fields = a pack needs a title and a version made of numbers (such as 1.2), not "{ $version }"
core-pack-unreadable = { $path }: the pack cannot be read ({ $error })
core-pack-no-manifest = { $path }: this is not a scenario pack, as pakket.ron is missing (title, author, organisation, version)
core-pack-not-newer = pack { $pack } was not imported: version { $installed } is already there, and only a newer version replaces it
core-pack-write-failed = { $path }: writing failed ({ $error }); nothing was changed
core-pack-unsafe-entry = { $entry }: refused, as this path would end up outside the pack's folder
core-pack-entry-too-large = the file is too large for a scenario ({ $size } bytes)
core-pack-id-taken = refused: the id "{ $id }" is already used by { $by }
core-pack-id-twice = refused: the id "{ $id }" occurs twice in this pack
core-pack-imported = Pack { $pack }: { $count ->
    [0] no scenario imported
    [one] 1 scenario imported ({ $ids })
   *[other] { $count } scenarios imported ({ $ids })
}
core-pack-replaced = The previous version ({ $version }) was kept in { $backup }
core-pack-refused = Not imported: { $reason }
core-library-used-by-builtin = a built-in scenario
core-library-used-by-pack = pack { $pack }
core-library-used-by-file = { $file }
