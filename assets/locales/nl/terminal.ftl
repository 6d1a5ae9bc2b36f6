# terminal — Nederlands

## Algemeen

terminal-error = fout: { $message }
terminal-warning = waarschuwing: { $message }
terminal-no-window = Deze versie is gebouwd zonder venster (zonder de 'app'-feature). Gebruik 'gesprekstrainer play <scenario>' om in de terminal te oefenen, of bouw opnieuw met 'cargo run --release'.

## Vastlopen (crash.rs)

terminal-crash-no-display = Het venster kan niet openen: er is geen werkend beeldscherm (bijvoorbeeld in een SSH-sessie of op een server).
terminal-crash-no-gpu = Het venster kan niet openen: er is geen bruikbare grafische kaart of driver gevonden.
terminal-crash-unexpected = Gesprekstrainer is gestopt door een onverwachte fout.
terminal-crash-hint = U kunt ook in de terminal oefenen, zonder venster: gesprekstrainer play klacht-stadswinkel (of een ander scenario-id).
terminal-crash-no-message = (geen melding)
terminal-crash-details-in = De details staan in { $path }.
terminal-crash-details = Details: { $message } ({ $place })
terminal-crash-log-at = bij { $place }

## analyze en graph

terminal-analyze-scenario = Scenario { $id } — { $title }
terminal-analyze-size = Knopen { $nodes }, einden { $endings }, antwoorden { $responses }
terminal-analyze-paths-max = meer dan 3,4·10^38
terminal-analyze-paths-unknown = onbekend (te groot om volledig te doorzoeken)
terminal-analyze-exact = exact, { $states } gesprekstoestanden doorzocht
terminal-analyze-beam = te groot om volledig te doorzoeken; het slechtste gesprek is gevonden met een bundelzoektocht
terminal-analyze-kind = Analyse: { $kind }
terminal-analyze-path-count = Mogelijke gesprekken: { $paths }
terminal-analyze-outcomes = Bereikbare uitkomsten:
terminal-analyze-endings = Bereikbare einden: { $endings }
terminal-analyze-choices = Keuzemomenten: { $choices }, gemiddeld { $mean } antwoorden; het beste antwoord is het langste in { $longest } ({ $percent }%)
terminal-analyze-routes = Routes naar een goed einde (schone gesprekken, verschillende knopen): { $routes }
terminal-analyze-clean = Schone gesprekken (steeds het beste antwoord): { $states } toestanden, eindigen in: { $outcomes }
terminal-analyze-yardstick = Maatstaf (100%): het schone referentiegesprek, { $decisions } beslissingen; per vaardigheid:
terminal-analyze-variant = Variant { $id } ({ $label }): schoon gesprek van { $decisions } beslissingen, eindigt in: { $outcomes }
terminal-analyze-paths-variant = Paden hieronder: met --seed 1, variant { $variant }
terminal-analyze-anger-curve = Boosheid per beurt (schoon gesprek): { $curve }
terminal-analyze-calm-after = Onder de 40 na { $turns } beurt(en)
terminal-analyze-recovery = Beste score met één fout en daarna herstel: { $score }% (--choose { $choices })
terminal-analyze-best-path = Beste pad (--choose): { $choices }
terminal-analyze-worst-path = Slechtste pad (--choose): { $choices } ({ $loss } punten verlies)
terminal-graph-if = als
terminal-graph-anger-at-least = boosheid ≥ { $anger }
terminal-graph-unknown = onbekend

## play

terminal-scenario-changed = het scenario '{ $id }' is gewijzigd sinds deze poging (of het is een ander scenario); oefenen vanaf een beurt kan alleen met dezelfde versie.
terminal-rewind-start = Oefenen vanaf beurt { $turn }: dit wordt niet bewaard.
terminal-rewind-original = == Het oorspronkelijke gesprek tot beurt { $turn } ==
terminal-rewind-choose-again = == Vanaf hier kiest u opnieuw ==
terminal-citizen = Burger{ $cue }: { $line }
terminal-you = U: { $response }
terminal-you-numbered = U ({ $number }): { $response }
terminal-auto-worst-rewound = --auto worst kan niet vanaf een beurt; gebruik --choose of --auto random
terminal-choices-ran-out = de keuzes waren op na { $turns } beurten, voordat het gesprek eindigde
terminal-turn-error = beurt { $turn }: { $message }
terminal-stopped-before-after-call = Gestopt voor de vragen na het gesprek; de poging is niet bewaard.
terminal-feedback-per-turn = == Feedback per beurt ==
terminal-saved = Opgeslagen: { $path }
terminal-attempt-not-saved = de poging kon niet worden bewaard: { $message }
terminal-progress-not-saved = het lopende gesprek kon niet worden bewaard: { $message }
terminal-resume-offer = Er staat nog een onderbroken gesprek klaar ({ $turns ->
        [one] 1 beurt
       *[other] { $turns } beurten
    }).
terminal-resume-question = Verdergaan waar u was? (j/n)
# The letter that answers the question above with yes.
terminal-yes-letter = j
terminal-dossier = Dossier: { $decision }
terminal-dossier-facts = Feiten
terminal-dossier-deadlines = Termijnen
terminal-dossier-room = Ruimte
terminal-dossier-third-parties = Derden
terminal-preparation = == Voorbereiding ==
terminal-call-heading = == Het gesprek ==  (typ een nummer; t = time-out met tip; s = stoppen)
terminal-choice-prompt = Uw keuze:
terminal-call-interrupted = Gesprek onderbroken.
terminal-call-stopped = Gesprek gestopt.
terminal-trainer-tip = Tip van de trainer: { $tip }
terminal-feedback = Feedback: { $feedback }
terminal-better = Beter: { $better }
terminal-note = Let op: { $note }
terminal-type-a-number = Typ een nummer van 1 tot { $count }, t voor een tip of s om te stoppen.
terminal-after-call = == Na het gesprek ==
terminal-answer-prompt = Uw antwoord:

## Resultaat (report.rs)

terminal-result = == Resultaat ==
terminal-outcome = Uitkomst: { $outcome }
terminal-citizen-today = De burger vandaag: { $variant }
terminal-legacy-score = — oude score, berekend vóór de beoordeling per beslissing
terminal-total-score = Totaalscore: { $percent }% ({ $points } van { $best } punten, { $hints } time-out(s))
terminal-passed-yes = Geslaagd: ja (minstens { $mark }% en geen juridische bevindingen)
terminal-passed-no = Geslaagd: nee (nodig: minstens { $mark }% en geen juridische bevindingen)
terminal-preparation-score = Voorbereiding: { $percent }%
terminal-after-call-score = Na het gesprek: { $percent }%
terminal-not-applicable = n.v.t.
terminal-skill-points = ({ $points } van { $best })
terminal-findings-none = Juridische bevindingen: geen
terminal-findings = Juridische bevindingen:
terminal-epilogue = Wat er daarna gebeurt:
terminal-after-call-answers = Na het gesprek:
terminal-answer-good = goed
terminal-answer-not-good = niet goed
terminal-no-answer = (geen antwoord)
terminal-verdict = Oordeel van de burger:
terminal-verdict-yes = ja:
terminal-verdict-no = nee:
terminal-quality = Kwaliteit: { $quality } (beste beschikbare: { $best })
terminal-best-answer-here = Beste antwoord hier: { $text }
terminal-mood = boosheid { $anger }, vertrouwen { $trust }

## review

terminal-review-no-paths = geef de mappen of bestanden met exports (export.ron)
terminal-refused = geweigerd: { $reason }
terminal-review-none-usable = geen enkele bruikbare export gevonden
terminal-review-count = { $trainees } deelnemer(s), { $refused } geweigerd bestand(en)
terminal-review-skill = Vaardigheid
terminal-review-mean = gemiddeld
terminal-review-spread = spreiding
terminal-review-hardest = Moeilijkste scenario: { $id } ({ $attempts } pogingen, gemiddeld { $mean }%)
terminal-review-coverage = Dekking { $id }: { $unchosen } van { $responses } antwoorden door niemand gekozen, { $unreached } knopen/einden niet bereikt
terminal-written = Geschreven: { $path }

## export en profile

terminal-no-profile = er is geen profiel '{ $name }' (gegevensmap: { $dir })
terminal-skipped = overgeslagen: { $problem }
terminal-exported = { $attempts } poging(en) van { $name } geëxporteerd:
terminal-profile = Profiel { $name } (groep { $group }), leerdoelen: { $goals }
terminal-no-goals = geen
terminal-read-back-failed = teruglezen mislukt: { $message }
terminal-lrs-sent = LRS: { $statements } statement(s) verstuurd, { $stored } opgeslagen, { $found } teruggelezen
terminal-lrs-lost = het LRS gaf { $found } van de { $total } statements terug
terminal-imported-into = Eigen scenario's en pakketten staan in { $dir }

## settings (organisatie.ron)

terminal-settings-heading = Instellingen van de organisatie
terminal-settings-file = Bestand: { $path }
terminal-settings-file-missing = Bestand: { $path } (bestaat niet; er gelden alleen omgevingsvariabelen en standaardwaarden)
terminal-settings-organisation = organisatie
terminal-settings-home-page = thuispagina (xAPI)
terminal-settings-lrs = LRS
terminal-settings-lrs-user = LRS-gebruiker
terminal-settings-lrs-password = LRS-wachtwoord
terminal-settings-group = groepscode
terminal-settings-return-day = terugkomdag
terminal-settings-not-set = niet ingesteld
terminal-settings-password-set = ingesteld (niet getoond)
terminal-settings-from-flag = opdrachtregel
terminal-settings-from-env = omgevingsvariabele { $name }
terminal-settings-from-file = bestand { $path }
terminal-settings-from-default = standaard
terminal-settings-example = Voorbeeld om over te nemen als { $path }:
terminal-settings-bad-date = '{ $value }' is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld "2027-03-12"
terminal-settings-bad-address = '{ $value }' is geen volledig webadres; het moet beginnen met https:// of http://
terminal-settings-password = het veld '{ $field }' hoort hier niet: het wachtwoord van het LRS staat nooit in dit bestand, maar in de omgevingsvariabele { $env }
terminal-settings-unknown-field = onbekend veld '{ $field }'; bekende velden: { $known }
terminal-settings-duplicate-field = het veld '{ $field }' staat er twee keer in
terminal-settings-not-text = hier hoort tekst tussen aanhalingstekens, zoals "Gemeente Voorbeeld"
terminal-settings-syntax = dit is geen geldige RON ({ $error }); vergelijk met het voorbeeld dat `gesprekstrainer settings` toont
terminal-lrs-already = LRS: { $count } statement(s) stonden er al en zijn niet opnieuw opgeslagen
terminal-lrs-legacy = LRS: { $attempts } poging(en) stonden er al onder de ids van een eerdere versie; die ids blijven behouden (ook in xapi.json)
