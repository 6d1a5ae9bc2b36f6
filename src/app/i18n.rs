//! UI strings in Dutch and English.
//!
//! A compile-time table instead of Fluent: a few dozen short strings without plurals or
//! variables, checked by the compiler (an unknown key does not build), and no runtime parsing.
//! Scenario text is not translated: it stays in the scenario's language.

use super::state::Lang;

macro_rules! strings {
    ($($key:ident: $nl:expr, $en:expr;)*) => {
        /// A UI string key.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #[allow(non_camel_case_types)]
        pub enum K { $($key),* }

        /// The string for `key` in `lang`.
        pub fn t(lang: Lang, key: K) -> &'static str {
            match (key, lang) {
                $((K::$key, Lang::Nl) => $nl, (K::$key, Lang::En) => $en,)*
            }
        }
    };
}

strings! {
    app_title: "Gesprekstrainer", "Conversation trainer";
    welcome: "Oefen de informele aanpak: bel een boze of teleurgestelde burger, luister, vat samen, vraag door.", "Practise the informal approach: call an angry or disappointed citizen, listen, summarise, probe.";
    choose_profile: "Kies uw profiel", "Choose your profile";
    new_profile: "Nieuw profiel (naam of pseudoniem):", "New profile (name or pseudonym):";
    start: "Beginnen", "Start";
    trainer_entrance: "Ingang voor trainers: exports van de groep bekijken", "Trainer entrance: review the group's exports";
    language: "Taal", "Language";
    library: "Scenario's", "Scenarios";
    filter_all: "Alle", "All";
    done_best: "Beste score", "Best score";
    not_done: "Nog niet gespeeld", "Not played yet";
    recommended: "Aanbevolen om te oefenen", "Recommended next";
    weakest: "uw zwakste vaardigheid", "your weakest skill";
    invalid_files: "Deze scenariobestanden konden niet worden geladen:", "These scenario files could not be loaded:";
    resume_offer: "U was nog bezig met een gesprek. Verdergaan waar u was?", "You were in the middle of a call. Continue where you stopped?";
    resume: "Verdergaan", "Continue";
    discard: "Weggooien", "Discard";
    prepare: "Voorbereiden", "Prepare";
    dossier: "Dossier", "Case file";
    facts: "Feiten", "Facts";
    deadlines: "Termijnen", "Deadlines";
    room: "Ruimte om te handelen", "Room for manoeuvre";
    third_parties: "Derden", "Third parties";
    checklist: "Belwijzer: voorbereiding", "Call guide: preparation";
    start_training: "Bellen (oefenmodus: feedback na elke keuze)", "Call (training: feedback after each choice)";
    start_test: "Bellen (toetsmodus: feedback aan het eind)", "Call (test: feedback at the end)";
    back: "Terug (Esc)", "Back (Esc)";
    mood: "Stemming", "Mood";
    anger: "Boosheid", "Anger";
    grief: "Verdriet", "Grief";
    fear: "Angst", "Fear";
    after_call: "Na het gesprek: wat doet u nu?", "After the call: what do you do now?";
    after_call_score: "Na het gesprek", "After the call";
    no_answer: "(geen antwoord)", "(no answer)";
    situations: "Oefent", "Practises";
    search_profile: "Zoek uw naam…", "Search your name…";
    theme: "Thema", "Theme";
    light: "Licht", "Light";
    dark: "Donker", "Dark";
    turn: "Beurt", "Turn";
    turns: "beurten", "turns";
    start_point: "Begin van het gesprek", "Start of the call";
    click_to_rewind: "klik om deze beurt opnieuw te proberen", "click to try this turn again";
    dashed_what_if: "gestippeld: wat als", "dashed: what if";
    what_if: "Wat als? Oefenen vanaf beurt", "What if? Practising from turn";
    what_if_note: "Dit oefengesprek wordt niet bewaard; uw poging blijft zoals hij was.", "This practice call is not saved; your attempt stays as it was.";
    what_if_stop: "Stoppen met oefenen", "Stop practising";
    what_if_hint: "Klik op een beurt in de curve om vanaf daar een ander antwoord te proberen.", "Click a turn in the curve to try another answer from there.";
    what_if_result: "Uitkomst van het oefengesprek", "Outcome of the practice call";
    trust: "Vertrouwen", "Trust";
    phase: "Fase", "Phase";
    call_time: "Gesprekstijd", "Call time";
    your_answer: "Uw antwoord (toets 1–5):", "Your answer (keys 1–5):";
    time_out: "Time-out: tip van de trainer (T, kost 1 punt)", "Time-out: trainer's tip (T, costs 1 point)";
    feedback: "Feedback", "Feedback";
    better: "Beter", "Better";
    continue_: "Verder (Enter)", "Continue (Enter)";
    call_ended: "Het gesprek is afgelopen.", "The call has ended.";
    to_debrief: "Naar de nabespreking (Enter)", "To the debrief (Enter)";
    debrief: "Nabespreking", "Debrief";
    outcome: "Uitkomst", "Outcome";
    overall: "Totaalscore", "Overall score";
    skills: "Vaardigheden", "Skills";
    curve: "Verloop van het gesprek", "Course of the call";
    verdict: "Oordeel van de burger", "The citizen's verdict";
    findings: "Juridische bevindingen", "Legal findings";
    no_findings: "Geen juridische valkuilen.", "No legal traps.";
    transcript: "Gespreksverslag met feedback", "Annotated transcript";
    to_library: "Terug naar de scenario's", "Back to the scenarios";
    citizen: "Burger", "Citizen";
    you: "U", "You";
    note: "Let op", "Note";
    hint: "Tip", "Tip";
    quality: "Kwaliteit van uw antwoord", "Quality of your answer";
    best_available: "beste beschikbare", "best available";
    best_answer: "Het beste antwoord hier was", "The best answer here was";
    passed: "geslaagd", "passed";
    not_passed: "niet geslaagd (nodig: 70% en geen juridische bevindingen)", "not passed (needs 70% and no legal findings)";
    preparation_score: "Voorbereiding", "Preparation";
    epilogue: "Wat er daarna gebeurt", "What happens next";
    variant: "De burger vandaag", "The citizen today";
    no_scenarios: "Er zijn geen geldige scenario's gevonden.", "No valid scenarios were found.";
}
