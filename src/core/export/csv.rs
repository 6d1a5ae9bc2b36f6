//! CSV for Dutch spreadsheets: UTF-8 with BOM, `;` between fields, one row per attempt and skill.

use super::bundle::Bundle;

const BOM: &str = "\u{feff}";

/// Quotes a field when it holds a separator, a quote or a line break.
pub fn field(s: &str) -> String {
    if s.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

pub fn row(fields: &[String]) -> String {
    let mut line = fields
        .iter()
        .map(|f| field(f))
        .collect::<Vec<_>>()
        .join(";");
    line.push_str("\r\n");
    line
}

/// The column names in Dutch; `to_csv` writes them in the current language, in this order.
pub const HEADER: [&str; 17] = [
    "profiel",
    "groep",
    "datum",
    "scenario",
    "versie",
    "modus",
    "uitkomst",
    "vaardigheid",
    "punten",
    "beste",
    "percentage",
    "totaalscore",
    "time-outs",
    "beurten",
    "juridische bevindingen",
    "voorbereiding",
    "na het gesprek",
];

/// The header in the current language (same columns, same order as `HEADER`).
fn header() -> [String; 17] {
    [
        crate::tr!("reports-csv-profile"),
        crate::tr!("reports-csv-group"),
        crate::tr!("reports-csv-date"),
        crate::tr!("reports-csv-scenario"),
        crate::tr!("reports-csv-version"),
        crate::tr!("reports-csv-mode"),
        crate::tr!("reports-csv-outcome"),
        crate::tr!("reports-csv-skill"),
        crate::tr!("reports-csv-points"),
        crate::tr!("reports-csv-best"),
        crate::tr!("reports-csv-percent"),
        crate::tr!("reports-csv-overall"),
        crate::tr!("reports-csv-time-outs"),
        crate::tr!("reports-csv-turns"),
        crate::tr!("reports-csv-findings"),
        crate::tr!("reports-csv-preparation"),
        crate::tr!("reports-csv-after-call"),
    ]
}

fn pct(p: Option<u8>) -> String {
    p.map(|p| p.to_string()).unwrap_or_default()
}

pub fn to_csv(bundle: &Bundle) -> String {
    let mut out = String::from(BOM);
    out.push_str(&row(&header()));
    for a in &bundle.attempts {
        let findings = a
            .result
            .findings
            .iter()
            .map(|f| format!("{f:?}"))
            .collect::<Vec<_>>()
            .join(", ");
        for s in &a.result.score.skills {
            out.push_str(&row(&[
                bundle.profile.name.clone(),
                bundle.profile.group.clone().unwrap_or_default(),
                a.finished.format("%d-%m-%Y %H:%M").to_string(),
                a.scenario_id.clone(),
                a.scenario_version.to_string(),
                format!("{:?}", a.session.mode()),
                a.result.outcome_label_nl(),
                s.skill.label().to_owned(),
                s.points.to_string(),
                s.best.to_string(),
                s.percent.map(|p| p.to_string()).unwrap_or_default(),
                a.result.score.overall.to_string(),
                a.result.score.hints.to_string(),
                a.result.turns.to_string(),
                findings.clone(),
                pct(a.result.score.preparation),
                pct(a.result.score.after_call),
            ]));
        }
    }
    out
}
