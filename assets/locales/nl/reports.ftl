# reports — Nederlands
# The trainee's HTML report, the CSV export, importing exports, the LRS and the trainer's
# group report. Scenario content (lines, answers, feedback) stays in the scenario's language.

## The trainee's HTML report
reports-html-title = Gesprekstrainer: voortgang van { $name }
reports-html-summary = Groep: { $group } · geëxporteerd op { $date } · { $n } poging(en)
reports-html-goals = Leerdoelen
reports-html-no-goals = Nog geen leerdoelen vastgelegd.
reports-html-skills-chart = Gemiddelde score per vaardigheid
reports-html-trend-chart = Totaalscore per poging
reports-html-not-applicable = n.v.t.
reports-html-self-heading = Zelfbeeld naast gemeten score
reports-html-skill = Vaardigheid
reports-html-measured-average = Gemeten (gemiddeld)
reports-html-self-before = Zelf vooraf
reports-html-self-after = Zelf achteraf
reports-html-gap-heading = Verschil zelfbeeld − meting per poging
reports-html-date = Datum
reports-html-scenario = Scenario
reports-html-average-gap = Gemiddeld verschil
reports-html-gap-points = { $gap } procentpunt
reports-html-self-scale = Zelfbeoordeling 1–5 omgerekend: 1 = 0%, 3 = 50%, 5 = 100%. Positief: u schatte uzelf hoger in dan de meting.
reports-html-attempts = Pogingen
reports-html-outcome = Uitkomst
reports-html-score = Score
reports-html-findings = Juridische bevindingen
reports-html-transcripts = Gespreksverslagen met feedback
reports-html-variant = De burger vandaag: { $variant }
reports-html-afterwards = Daarna:
reports-html-citizen = Burger
reports-html-you = U
reports-html-quality = Kwaliteit:
reports-html-best-available = beste beschikbare:
reports-html-best-answer = Het beste antwoord hier:
reports-html-better = Beter:
reports-html-mood = boosheid { $anger } · vertrouwen { $trust }
reports-html-after-call = Na het gesprek ({ $percent }%)
reports-html-no-answer = (geen antwoord)
reports-html-right = goed
reports-html-wrong = niet goed

## The CSV export (same columns, same order in every language)
reports-csv-profile = profiel
reports-csv-group = groep
reports-csv-date = datum
reports-csv-scenario = scenario
reports-csv-version = versie
reports-csv-mode = modus
reports-csv-outcome = uitkomst
reports-csv-skill = vaardigheid
reports-csv-points = punten
reports-csv-best = beste
reports-csv-percent = percentage
reports-csv-overall = totaalscore
reports-csv-time-outs = time-outs
reports-csv-turns = beurten
reports-csv-findings = juridische bevindingen
reports-csv-preparation = voorbereiding
reports-csv-after-call = na het gesprek

## Importing an export, and the Learning Record Store
reports-import-unreadable = { $file }: kan het bestand niet lezen: { $error }
reports-import-not-utf8 = geen geldige UTF-8-tekst
reports-import-no-checksum = { $file }: geen controlegetal op de eerste regel; dit is geen export van Gesprekstrainer
reports-import-tampered = { $file }: het controlegetal klopt niet: het bestand is na het exporteren bewerkt of beschadigd (het controlegetal vangt beschadiging en losse bewerkingen; wie het opzettelijk meebewerkt, vangt het niet)
reports-import-newer = { $file }: export-formaat { $found } is nieuwer dan deze versie van Gesprekstrainer ({ $known }); werk het programma bij
reports-lrs-error = het LRS op { $url } gaf een fout: { $error }
reports-lrs-unexpected = het LRS gaf een onverwacht antwoord: { $answer }
reports-lrs-no-statements = geen 'statements' in het antwoord

## The trainer's group report (return day)
reports-review-missing = { $path }: bestaat niet
reports-group-title = terugkomdag
reports-group-heading = Terugkomdag: overzicht van de groep
reports-group-counts = { $trainees } deelnemer(s), { $attempts } poging(en).
reports-group-refused = Geweigerde bestanden
reports-group-matrix = Deelnemers × vaardigheden
reports-group-trainee = Deelnemer
reports-group-attempts = Pogingen
reports-group-mean-spread = Gemiddeld ± spreiding
reports-group-self = Zelfbeeld naast gemeten score (laatste zelfbeoordeling na een gesprek)
reports-group-hardest = Moeilijkste scenario's
reports-group-scenario = Scenario
reports-group-average-score = Gemiddelde score
reports-group-outcomes = Bereikte uitkomsten
reports-group-goals = Leerdoelen
reports-group-coverage = Dekking van de scenario's
reports-group-coverage-counts = { $attempts } poging(en); { $unchosen } van { $responses } antwoorden door niemand gekozen.
reports-group-unreached = Door niemand bereikt: { $nodes }
reports-group-unchosen = Niet gekozen antwoorden
reports-group-per-trainee = Per deelnemer
reports-group-curve = Escalatiecurve
reports-group-csv-trainee = deelnemer
reports-group-csv-attempts = pogingen
reports-group-csv-measured = gemeten
reports-group-csv-self-after = zelf achteraf
reports-group-csv-difference = verschil

## organisatie-instellingen

reports-html-organisation = Organisatie: { $name }
reports-html-return-day = Terugkomdag: { $date }
reports-long-date = { $day } { $month ->
        [1] januari
        [2] februari
        [3] maart
        [4] april
        [5] mei
        [6] juni
        [7] juli
        [8] augustus
        [9] september
        [10] oktober
        [11] november
       *[12] december
    } { $year }
reports-group-organisations = { $count ->
        [one] Organisatie
       *[other] Organisaties
    }: { $names }
reports-lrs-conflict = het LRS op { $url } heeft al andere statements onder dezelfde ids (bijvoorbeeld na een andere thuispagina) en heeft daarom niets van deze zending opgeslagen
