# window — Nederlands
# Everything the window shows (src/app). Scenario content is not here: it stays in the
# scenario's own language.

## Start screen

window-app-title = Gesprekstrainer
window-welcome = Oefen de informele aanpak: bel een boze of teleurgestelde burger, luister, vat samen, vraag door.
window-choose-profile = Kies uw profiel
window-new-profile = Nieuw profiel (naam of pseudoniem):
window-start = Beginnen
window-trainer-entrance = Ingang voor trainers: exports van de groep bekijken
window-language = Taal
window-search-profile = Zoek uw naam…
window-theme = Thema
window-light = Licht
window-dark = Donker
window-display-not-saved = De weergave kon niet in het profiel worden bewaard: { $error }
window-profile-not-saved = Het profiel kon niet worden bewaard: { $error }

## Opening the window (printed in the terminal)

window-no-display = Het venster kan niet openen: er is geen beeldscherm (DISPLAY is niet gezet, bijvoorbeeld in een SSH-sessie of op een server).
window-needs-x11 = Het venster kan niet openen: deze versie heeft X11 nodig (XWayland); DISPLAY is niet gezet.

## Library

window-library = Scenario's
window-my-progress = Mijn voortgang en export
window-filter-all = Alle
window-done-best = Beste score
window-not-done = Nog niet gespeeld
window-recommended = Aanbevolen om te oefenen
window-weakest = uw zwakste vaardigheid
window-invalid-files = Deze scenariobestanden konden niet worden geladen:
window-resume-offer = U was nog bezig met een gesprek. Verdergaan waar u was?
window-resume = Verdergaan
window-discard = Weggooien
window-prepare = Voorbereiden
window-situations = Oefent
window-no-scenarios = Er zijn geen geldige scenario's gevonden.
window-interrupted-unknown = Het onderbroken gesprek hoort bij scenario '{ $id }', dat niet (meer in deze versie) in de bibliotheek staat.
window-interrupted-unreadable = Het onderbroken gesprek kon niet worden gelezen: { $error }
window-interrupted-not-discarded = Kon het onderbroken gesprek niet weggooien: { $error }

## Difficulty and kind of case, on the cards and the preparation screen

window-difficulty-introductie = Introductie
window-difficulty-gevorderd = Gevorderd
window-difficulty-moeilijk = Moeilijk
window-case-bezwaar = Bezwaar
window-case-klacht = Klacht
window-case-zienswijze = Zienswijze
window-case-aanvraag = Aanvraag
window-case-besluit = Besluit

## Preparation

window-dossier = Dossier
window-facts = Feiten
window-deadlines = Termijnen
window-room = Ruimte om te handelen
window-third-parties = Derden
window-citizen-age = { $name } ({ $age } jaar)
window-checklist = Belwijzer: voorbereiding
window-rate-before = Hoe goed beheerst u dit nu? (1–5, mag u overslaan)
window-start-training = Bellen (oefenmodus: feedback na elke keuze)
window-start-test = Bellen (toetsmodus: feedback aan het eind)
window-back = Terug (Esc)

## The call

window-anger = Boosheid
window-grief = Verdriet
window-fear = Angst
window-trust = Vertrouwen
# A meter as a screen reader hears it: "Boosheid: 64 van 100".
window-meter-spoken = { $label }: { $value } van 100
# The citizen's face as a screen reader hears it.
window-face-spoken = { $name }: { $emotion } { $anger } van 100, Vertrouwen { $trust } van 100
window-phase = Fase
window-call-time = Gesprekstijd
window-under-a-minute = < 1 min
window-minutes = { $minutes } min
window-time-out = Time-out: tip van de trainer (T, kost 1 punt)
window-hint = Tip
window-citizen = Burger
window-you = U
window-your-answer = Uw antwoord (toets 1–5):
window-feedback = Feedback
window-quality = Kwaliteit van uw antwoord
window-best-available = beste beschikbare
window-best-answer = Het beste antwoord hier was
window-better = Beter
window-note = Let op
window-continue = Verder (Enter)
window-call-ended = Het gesprek is afgelopen.
window-after-call = Na het gesprek: wat doet u nu?
window-answer-first = Beantwoord eerst de vragen na het gesprek.
window-to-debrief = Naar de nabespreking (Enter)
window-call-not-saved = Het gesprek kon niet worden bewaard: { $error }
window-attempt-not-saved = De poging kon niet worden bewaard: { $error }

## Debrief

window-debrief = Nabespreking
window-to-library = Terug naar de scenario's
window-outcome = Uitkomst
window-overall = Totaalscore
window-passed = geslaagd
window-not-passed = niet geslaagd (nodig: 70% en geen juridische bevindingen)
window-variant = De burger vandaag
window-preparation-score = Voorbereiding
window-after-call-score = Na het gesprek
window-skills = Vaardigheden
window-not-applicable = n.v.t.
window-curve = Verloop van het gesprek
# The curve as a screen reader hears it.
window-curve-spoken = Verloop van het gesprek: { $emotion } { $anger-from } → { $anger-to }, Vertrouwen { $trust-from } → { $trust-to }, { $turns } beurten
window-turn = Beurt
window-start-point = Begin van het gesprek
window-click-to-rewind = klik om deze beurt opnieuw te proberen
window-dashed-what-if = gestippeld: wat als
window-what-if = Wat als? Oefenen vanaf beurt
window-what-if-note = Dit oefengesprek wordt niet bewaard; uw poging blijft zoals hij was.
window-what-if-stop = Stoppen met oefenen
window-what-if-hint = Klik op een beurt in de curve om vanaf daar een ander antwoord te proberen.
window-what-if-result = Uitkomst van het oefengesprek
window-verdict = Oordeel van de burger
window-findings = Juridische bevindingen
window-no-findings = Geen juridische valkuilen.
window-epilogue = Wat er daarna gebeurt
window-no-answer = (geen antwoord)
window-rate-after = En nu, na dit gesprek? (1–5)
window-rating-not-saved = De zelfbeoordeling kon niet worden bewaard: { $error }
window-transcript = Gespreksverslag met feedback

## Progress

window-progress-title = Voortgang van { $name }
window-export = Exporteren voor de terugkomdag
window-no-calls-yet = Nog geen gesprekken gevoerd.
window-score-per-skill = Score per vaardigheid, per poging
window-self-vs-measured = Zelfbeeld naast gemeten score
window-column-skill = Vaardigheid
window-column-measured = Gemeten
window-column-self-before = Zelf vooraf
window-column-self-after = Zelf achteraf
window-column-difference = Verschil
window-self-gap = Verschil zelfbeeld − meting per poging (procentpunt): { $gaps }
window-scenarios-done = Scenario's
window-best-percent = beste { $percent }%
window-exported = Geëxporteerd naar { $dir }
window-exported-skipping = Geëxporteerd naar { $dir } ({ $skipped } onleesbare poging(en) overgeslagen)
window-export-failed = Exporteren mislukt: { $error }

## Trainer screen (return day)

window-review-title = Terugkomdag: exports van de groep
window-review-folder = Map met exports:
window-review-read = Inlezen
window-review-counts = { $trainees } deelnemer(s); { $refused } bestand(en) geweigerd.
window-review-trainee = Deelnemer
window-review-mean = Gemiddeld ± spreiding
window-review-hardest = Moeilijkste scenario's
window-review-hardest-line = { $id }: gemiddeld { $mean }% over { $attempts } poging(en)
window-review-outcomes = Uitkomsten
window-review-unchosen = Niet gekozen antwoorden
window-review-unchosen-line = { $id }: { $unchosen } van { $responses } antwoorden door niemand gekozen; niet bereikt: { $unreached }
window-review-goals = Leerdoelen: { $goals }

## Own scenarios and packs in the library
window-library-own = eigen scenario
window-library-pack = pakket { $pack }
window-pack-import-label = Scenariopakket importeren:
window-pack-import-hint = pad naar een map of .zip
window-pack-import = Importeren
window-pack-drop-hint = Of sleep een pakket (map of .zip) op dit venster.
window-drop-where = Sleep een scenariopakket op de bibliotheek, of exports op het trainersscherm.
window-pick-zip = Kies een .zip…
window-pick-folder = Kies een map…
window-pick-pack-title = Scenariopakket kiezen
window-pick-exports-title = Map met exports kiezen
window-pick-none = Niets gekozen. Lukt kiezen niet op deze computer? Typ dan het pad, of sleep het bestand of de map op dit venster.
window-review-drop-hint = (of sleep exports op dit venster)
