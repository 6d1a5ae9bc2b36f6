# core — Nederlands
# Labels of the fixed vocabulary: phases, skills, techniques, legal traps (and what follows
# after the call), outcomes, answer qualities, situations, emotions. Keys: <kind>-<Variant>.

phase-Opening = Opening
phase-Verhaal = De burger vertelt
phase-Samenvatten = Samenvatten
phase-Doorvragen = Doorvragen naar belangen
phase-Uitleggen = Uitleggen
phase-Oplossingen = Oplossingen verkennen
phase-Afspraken = Afspraken maken
phase-Afsluiten = Afsluiten

skill-Luisteren = Luisteren
skill-Samenvatten = Samenvatten
skill-Doorvragen = Doorvragen
skill-Empathie = Empathie en erkennen
skill-Uitleggen = Uitleggen
skill-Oplossingsgericht = Oplossingsgericht
skill-Afspraken = Afspraken en afronden
skill-Juridisch = Juridisch zorgvuldig

technique-ActiveListening = actief luisteren
technique-Paraphrasing = parafraseren
technique-Summarising = samenvatten
technique-ReflectingFeelings = gevoelsreflectie
technique-OpenQuestion = open vraag
technique-Probing = doorvragen
technique-Nivea = NIVEA (niet invullen voor een ander)
technique-Acknowledging = erkennen
technique-ExplainingNeutrally = neutraal uitleggen
technique-SeparatingPersonProblem = mens en probleem scheiden
technique-ExploringInterests = belangen verkennen
technique-ProposingOptions = opties voorstellen
technique-Agreements = concrete afspraken
technique-CheckingUnderstanding = begrip checken
technique-Silence = stilte laten vallen
technique-SettingLimits = grens stellen
technique-AskingAboutSafety = direct naar veiligheid vragen
technique-Defending = verdedigen
technique-Lecturing = betuttelen of jargon
technique-CalmDown = 'rustig aan' zeggen
technique-Interrupting = onderbreken
technique-Promising = beloven
technique-Judging = oordelen
technique-FillingIn = invullen voor de burger
technique-PushingWithdrawal = aansturen op intrekken
technique-SolvingTooEarly = te vroeg oplossen

trap-WithdrawalPushed = Aangestuurd op intrekken: het initiatief moet van de burger komen. Een bezwaar trekt de burger schriftelijk in (art. 6:21 Awb); wie een zienswijze intrekt, kan later vaak niet in beroep (art. 6:13 Awb).
trap-OralWithdrawalAccepted = 'Laat maar zitten' als intrekking opgevat: een telefoongesprek is geen hoorzitting, intrekken moet schriftelijk (art. 6:21 Awb).
trap-OutcomePromised = Een uitkomst beloofd die niet aan u is: geen toezeggingen die de wet of de vakafdeling niet toelaat.
trap-ThirdPartyIgnored = Rechten van een derde belanghebbende weggegeven of genegeerd: die kunt u aan de telefoon niet wegruilen.
trap-DeadlineMissed = Termijn genegeerd: informeel overleg stopt de beslistermijn niet (art. 7:10 Awb; bij de WOZ art. 30 lid 9 Wet WOZ); uitstel kan alleen met instemming van de burger en wordt schriftelijk bevestigd.
trap-SuspensionMisstated = Ten onrechte gezegd dat het bezwaar het besluit opschort: dat doet het niet (art. 6:16 Awb).
trap-PrivacyBreach = Privacy: gegevens gedeeld of gevraagd zonder noodzaak of zonder machtiging (AVG).
trap-SafetySignalMissed = Veiligheidssignaal niet opgevolgd: vraag bij een suïcidesignaal direct door, blijf aan de lijn, noem 113 en draag warm over; stel bij een bedreiging een grens, leg het vast en meld het.
trap-RecordingForbidden = Ten onrechte gezegd dat de burger het gesprek niet mag opnemen: wie deelneemt aan een gesprek, mag het opnemen. Dat is geen reden om te stoppen.
trap-NotConfirmedInWriting = Afgerond zonder na te gaan of de burger tevreden is: pas dan vervalt de formele klachtbehandeling (art. 9:5 Awb). De afspraak schriftelijk bevestigen is goede praktijk.
trap-HearingDenied = Het recht om gehoord te worden weggepraat: wie bezwaar maakt, mag gehoord worden (art. 7:2 Awb; bij belastingen op verzoek, art. 25 AWR).
trap-ObjectionMisstated = Verkeerd gezegd wie bezwaar mag maken of wat als bezwaar telt: alleen een belanghebbende of diens gemachtigde, en een brief binnen de termijn kan een bezwaar zijn (art. 1:2, 2:1 en 6:5 Awb).

trap-epilogue-WithdrawalPushed = Een week later belt de burger boos terug: hij voelde zich onder druk gezet om in te trekken en dient een klacht in.
trap-epilogue-OralWithdrawalAccepted = Het bezwaar wordt als ingetrokken afgeboekt, maar er ligt geen schriftelijke intrekking; de burger hoort pas na de termijn dat zijn bezwaar niet meer loopt.
trap-epilogue-OutcomePromised = De vakafdeling kan de toezegging niet waarmaken; de burger krijgt alsnog een afwijzing en voelt zich voorgelogen.
trap-epilogue-ThirdPartyIgnored = De derde belanghebbende hoort van de afspraak en maakt zelf bezwaar; de oplossing houdt geen stand.
trap-epilogue-DeadlineMissed = De beslistermijn verstrijkt zonder besluit of afspraak over uitstel; de burger stuurt een ingebrekestelling.
trap-epilogue-SuspensionMisstated = Het besluit blijft gewoon gelden; de burger rekende erop dat alles stil lag en wordt verrast.
trap-epilogue-PrivacyBreach = De betrokkene ontdekt dat zijn gegevens zijn gedeeld en dient een klacht in bij de functionaris gegevensbescherming.
trap-epilogue-HearingDenied = De burger ontdekt dat hij recht had op een hoorzitting en maakt alsnog bezwaar tegen de gang van zaken.
trap-epilogue-ObjectionMisstated = Het bezwaar komt van de verkeerde persoon of wordt niet als bezwaar herkend; het wordt niet-ontvankelijk of raakt zoek, en de termijn verstrijkt.
trap-epilogue-SafetySignalMissed = Het signaal is niet doorgegeven; niemand weet of de burger veilig is, en er is niets vastgelegd om op terug te vallen.
trap-epilogue-RecordingForbidden = De burger zet de opname toch door en deelt later het fragment waarin u zegt dat opnemen niet mag; het vertrouwen is verder weg.
trap-epilogue-NotConfirmedInWriting = Weken later blijkt dat de burger iets anders onthield dan wat afgesproken was; niemand kan terugvinden wat er is gezegd.

outcome-InformalSolution = Informele oplossing afgesproken
outcome-WithdrawnInWriting = Burger trekt op eigen initiatief in, met schriftelijke bevestiging
outcome-ComplaintSettled = Klacht naar tevredenheid afgehandeld en bevestigd
outcome-FormalHearing = Burger kiest de formele hoorzitting
outcome-DecisionCorrected = Fout erkend, het besluit wordt hersteld
outcome-CallbackArranged = Terugbelafspraak gemaakt
outcome-SafetyHandover = Warme overdracht na een veiligheidssignaal
outcome-EndedAfterThreat = Gesprek terecht beëindigd na een bedreiging
outcome-Unresolved = Geen afspraak gemaakt
outcome-Escalated = Gesprek geëscaleerd
outcome-HungUp = Burger heeft opgehangen

quality-Best = beste
quality-Acceptable = redelijk
quality-Weak = zwak
quality-Harmful = schadelijk

situation-Intrekken = burger wil zelf intrekken
situation-EigenFout = fout van de organisatie
situation-Formeel = formele route is de juiste
situation-Verdriet = verdriet
situation-Schijninstemming = schijninstemming
situation-Wantrouwen = wantrouwen
situation-LaagGeletterd = laaggeletterd
situation-Tolk = tolk
situation-Suicidesignaal = suïcidesignaal
situation-Dreiging = dreiging
situation-VoorBesluit = bellen vóór het besluit
situation-Terugbellen = terugbelafspraak
situation-Opname = burger neemt op

emotion-Boos = Boosheid
emotion-Verdrietig = Verdriet
emotion-Angstig = Angst

# The engine: notes on timing, time-out tips, the citizen's verdict, result labels.
core-note-too-early = De burger was nog te boos voor uitleg of een oplossing: erken eerst het gevoel en vat samen, leg daarna uit.
core-note-question-too-early = Een vraag over de inhoud terwijl de emotie nog hoog is: laat eerst merken dat u hoort hoe boos of verdrietig de burger is.
core-note-repeated = Dit antwoord gaf u al eerder in dit gesprek; herhalen telt als een zwak antwoord.
core-promise-consequence = Later blijkt dat de toezegging niet waargemaakt kan worden; de burger voelt zich opnieuw in de steek gelaten.
core-hint-emotion-high = De burger is nog erg geëmotioneerd: eerst luisteren en erkennen, uitleg en oplossingen komen later.
core-hint-emotion-easing = De ergste emotie is eruit, maar nog niet weg. Blijf checken of u het goed begrijpt.
core-hint-open = De burger staat open voor het gesprek: nu is er ruimte voor uitleg, opties en afspraken.
core-hint-think-of = { $mood } Denk aan: { $technique }.
core-verdict-heard = Ik voelde me gehoord
core-verdict-respected = Ik werd met respect behandeld
core-verdict-explained = Ik snap nu hoe het zit
core-verdict-trusts = Ik heb weer vertrouwen in de organisatie
core-score-legacy = { $score }% (oude score)
core-outcome-misinformed = { $outcome } — maar dat rust op een onjuiste uitspraak of toezegging

# Engine errors (a saved call that no longer fits its scenario, a wrong choice).
core-error-unknown-target = scenario '{ $scenario }' heeft geen knoop of einde '{ $id }'
core-error-no-such-choice = er is geen keuze { $choice }: dit moment heeft { $available } keuzes
core-error-ended = het gesprek is al afgelopen
core-error-wrong-scenario = dit opgeslagen gesprek hoort bij scenario '{ $found }' versie { $found_version }, niet bij '{ $expected }' versie { $expected_version }
core-rewind-no-such-turn = beurt { $turn } bestaat niet in dit gesprek: kies een beurt van 1 tot en met { $last }
core-rewind-engine = het gesprek past niet meer bij het scenario: { $error }

# Saved files: missing, unreadable, damaged or from a newer version.
core-store-missing = { $path } bestaat niet
core-store-unreadable = { $path } kon niet worden gelezen: { $error }
core-store-set-aside = { $path } { $problem }; het is opzijgezet als { $to } en verder wordt niets overschreven.
core-store-set-aside-failed = { $path } { $problem }; opzijzetten lukte niet ({ $error }).
core-store-problem = { $path } { $problem }
core-store-newer = komt van een nieuwere versie van Gesprekstrainer (formaat { $found }, deze versie kent { $known })
core-store-damaged = is beschadigd (regel { $line }, kolom { $column }: { $error })

## Scenario packs and own scenario folders
core-pack-manifest-fields = het pakket heeft een titel en een versie uit getallen nodig (zoals 1.2), niet "{ $version }"
core-pack-unreadable = { $path }: het pakket kan niet worden gelezen ({ $error })
core-pack-no-manifest = { $path }: dit is geen scenariopakket, want pakket.ron ontbreekt (titel, auteur, organisatie, versie)
core-pack-not-newer = pakket { $pack } is niet geïmporteerd: versie { $installed } staat er al, en alleen een nieuwere versie vervangt die
core-pack-write-failed = { $path }: schrijven lukte niet ({ $error }); er is niets veranderd
core-pack-unsafe-entry = { $entry }: geweigerd, want dit pad zou buiten de pakketmap uitkomen
core-pack-entry-too-large = het bestand is te groot voor een scenario ({ $size } bytes)
core-pack-id-taken = geweigerd: de id "{ $id }" is al in gebruik door { $by }
core-pack-id-twice = geweigerd: de id "{ $id }" komt twee keer voor in dit pakket
core-pack-imported = Pakket { $pack }: { $count ->
    [0] geen scenario geïmporteerd
    [one] 1 scenario geïmporteerd ({ $ids })
   *[other] { $count } scenario's geïmporteerd ({ $ids })
}
core-pack-replaced = De vorige versie ({ $version }) is bewaard in { $backup }
core-pack-refused = Niet geïmporteerd: { $reason }
core-library-used-by-builtin = een ingebouwd scenario
core-library-used-by-pack = pakket { $pack }
core-library-used-by-file = { $file }
