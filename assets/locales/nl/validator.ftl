# validator — Nederlands

## Ernst, zoals in een compilermelding: bestand:regel:kolom: fout: …

validator-error = fout
validator-warning = waarschuwing

## Bestanden lezen (load.rs, library.rs)

validator-unreadable-file = het bestand kan niet worden gelezen: { $error }
validator-not-utf8 = het bestand is geen geldige UTF-8-tekst; sla het op als UTF-8
validator-empty-file = het bestand is leeg
validator-unreadable-folder = de map kan niet worden gelezen: { $error }
validator-path-missing = dit bestand of deze map bestaat niet
validator-unknown-scenario = dit bestand bestaat niet en er is geen ingebouwd scenario met dit id (beschikbaar: { $ids })

## gesprekstrainer validate

validator-no-files = geen scenariobestanden (*.ron) gevonden
validator-summary = { $files } bestand(en) gecontroleerd: { $errors } fout(en), { $warnings } waarschuwing(en)

## De controles (validate.rs)

validator-no-id = het scenario heeft geen id
validator-mood-range = boosheid en vertrouwen lopen van 0 tot 100
validator-max-turns = max_turns moet minstens 1 zijn
validator-no-nodes = het scenario heeft geen knopen
validator-language = taal '{ $language }' is niet 'nl' of 'en'
validator-single-answer = knoop '{ $node }' heeft maar één antwoord: er valt niets te kiezen
validator-few-answers = knoop '{ $node }' biedt { $count } antwoorden; geef er 3 of 4, met bijna-goede die verleiden
validator-best-longest = het beste antwoord is het langste in { $longest } van de { $total } keuzemomenten; hooguit de helft, anders verraadt de lengte het antwoord
validator-interest-unused = het belang '{ $id }' verandert het gesprek nergens: gebruik het in een voorwaarde (Uncovered("{ $id }"))
validator-all-traps = elk antwoord in knoop '{ $node }' bevat een juridische valkuil: geef de cursist een rechtmatig antwoord
validator-answer-at = knoop '{ $node }' antwoord { $number }
validator-better-on-best = { $at } heeft 'better:' maar verdient evenveel als het beste antwoord van de knoop; geef de kwaliteit aan (quality: Acceptable, Weak of Harmful)
validator-empty-id = een knoop of einde heeft een leeg id
validator-duplicate-id = id '{ $id }' komt twee keer voor: ids van knopen en einden moeten uniek zijn
validator-duplicate-interest = belang-id '{ $id }' komt twee keer voor
validator-no-interest = de burger heeft geen verborgen belang om bloot te leggen
validator-kind-preparation = voorbereidingsvraag
validator-kind-after-call = vraag na het gesprek
validator-prep-when = voorbereidingsvraag '{ $id }' heeft 'when': dat kan alleen bij een vraag na het gesprek
validator-situation-missing = situatie '{ $label }' ({ $name }) vraagt om { $missing }
validator-duplicate-question = vraag-id '{ $id }' komt twee keer voor
validator-question-no-options = { $kind } '{ $id }' heeft geen opties
validator-question-no-correct = { $kind } '{ $id }' heeft geen goede optie
validator-question-no-feedback = { $kind } '{ $id }' heeft een optie zonder feedback
validator-unknown-start = start '{ $start }' is geen knoop
validator-unknown-escalation = de escalatieregel gaat naar de onbekende knoop of het onbekende einde '{ $target }'
validator-node-no-line = knoop '{ $node }' heeft geen regel voor de burger
validator-dead-end = knoop '{ $node }' loopt dood: hij heeft geen antwoorden en is geen einde
validator-too-many-answers = knoop '{ $node }' biedt { $count } antwoorden; het belscherm heeft maar 5 toetsen
validator-answer-no-text = { $at } heeft geen tekst
validator-answer-no-feedback = { $at } heeft geen feedback
validator-answer-no-tags = { $at } heeft geen techniek-tags
validator-unknown-target = { $at } gaat naar de onbekende knoop of het onbekende einde '{ $target }'
validator-ending-no-line = einde '{ $ending }' heeft geen slotzin
validator-unknown-interest-uncovered = een antwoord legt het onbekende belang '{ $id }' bloot
validator-interest-never-uncovered = geen antwoord legt het belang '{ $id }' bloot
validator-in-node = in knoop '{ $node }'
validator-at-question = bij vraag '{ $id }'
validator-condition-flag = een voorwaarde { $place } test de vlag '{ $flag }', die geen antwoord zet
validator-condition-interest = een voorwaarde { $place } test het onbekende belang '{ $id }'
validator-condition-node = een voorwaarde { $place } test een bezoek aan de onbekende knoop '{ $node }'
validator-unreachable-node = knoop '{ $node }' is vanaf de start nooit bereikbaar
validator-unreached-ending = einde '{ $ending }' wordt nooit bereikt
validator-no-good-ending = geen enkel einde is een goede uitkomst

## Wat een situatie vraagt (situation.rs)

validator-evidence-intrekken = een einde WithdrawnInWriting en een valkuil OralWithdrawalAccepted of WithdrawalPushed
validator-evidence-eigen-fout = een einde DecisionCorrected
validator-evidence-formeel = een einde FormalHearing en een valkuil HearingDenied
validator-evidence-verdriet = citizen.emotion: Verdrietig
validator-evidence-schijninstemming = een antwoord met CheckingUnderstanding dat een belang blootlegt (Uncovers)
validator-evidence-wantrouwen = een startvertrouwen van hoogstens 25 bij de burger en elke variant
validator-evidence-laag-geletterd = minstens twee beste antwoorden met CheckingUnderstanding
validator-evidence-tolk = een beste antwoord dat de tolk inschakelt of aanspreekt
validator-evidence-suicidesignaal = een einde SafetyHandover, een valkuil SafetySignalMissed en vragen na het gesprek
validator-evidence-dreiging = een einde EndedAfterThreat en vragen na het gesprek
validator-evidence-voor-besluit = case_type: Aanvraag
validator-evidence-terugbellen = een einde CallbackArranged
validator-evidence-opname = een valkuil RecordingForbidden

## Wat alleen de analyse ziet (checks.rs)

validator-clean-incomplete = de schone gesprekken konden niet allemaal worden gecontroleerd (meer dan { $max } toestanden)
validator-clean-loops = een schoon gesprek (steeds het beste antwoord) bereikt nooit een einde: het loopt rond tot de beurtlimiet
validator-clean-ends-badly = een schoon gesprek (steeds het beste antwoord) eindigt in: { $outcomes }
validator-branch-case = geval { $number }
validator-branch-otherwise = 'otherwise'
validator-branch-untaken = { $at }: { $which } van de vertakking wordt in geen enkel gesprek genomen
validator-single-break = { $at } beëindigt het gesprek als eerste escalerende antwoord; zet de reden in 'ends_call: "…"', of laat de burger pas na herhaalde escalatie ophangen
