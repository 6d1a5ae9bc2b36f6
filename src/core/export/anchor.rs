//! Anchors for the HTML reports (`id="…"`, `href="#…"`) made from names: valid and unique.

use std::collections::HashSet;

/// One anchor per name, in order: `prefix-` and the name's words in lowercase ASCII letters and
/// digits joined by `-` ("Piet Jansen" → `t-piet-jansen`; accents dropped: "Zoë" → `t-zoe`).
/// A name whose anchor is already taken gets `-2`, `-3`, …, so names that differ only in case,
/// spaces or punctuation get distinct anchors, and so do two trainees with the same name.
pub fn anchors<'a>(prefix: &str, names: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut taken = HashSet::new();
    names
        .into_iter()
        .map(|name| {
            let base = base(prefix, name);
            let mut candidate = base.clone();
            let mut n = 1;
            while !taken.insert(candidate.clone()) {
                n += 1;
                candidate = format!("{base}-{n}");
            }
            candidate
        })
        .collect()
}

/// `prefix-words` without the uniqueness suffix; only `prefix` when the name has no letter or digit.
fn base(prefix: &str, name: &str) -> String {
    let mut out = prefix.to_owned();
    let mut gap = true;
    for c in name.chars().flat_map(fold) {
        if c.is_ascii_alphanumeric() {
            if gap {
                out.push('-');
                gap = false;
            }
            out.push(c.to_ascii_lowercase());
        } else {
            gap = true;
        }
    }
    out
}

/// A Latin letter with a diacritic as its plain letter(s); any other character unchanged.
fn fold(c: char) -> Vec<char> {
    const FROM: &str = "àáâãäåāăąçćčďèéêëēėęěìíîïīįıñńňòóôõöøōőùúûüūůűųýÿźżžłśšşťţŕř";
    const TO: &str = "aaaaaaaaacccdeeeeeeeeiiiiiiinnnoooooooouuuuuuuuyyzzzlsssttrr";
    let lower = c.to_lowercase().next().unwrap_or(c);
    match lower {
        'ß' => vec!['s', 's'],
        'æ' => vec!['a', 'e'],
        'œ' => vec!['o', 'e'],
        'ĳ' => vec!['i', 'j'],
        _ => match FROM.chars().position(|f| f == lower) {
            Some(i) => TO.chars().nth(i).into_iter().collect(),
            None => vec![c],
        },
    }
}

#[cfg(test)]
mod tests {
    use super::anchors;

    #[test]
    fn words_in_lowercase_ascii_and_unique() {
        let got = anchors(
            "t",
            [
                "Piet Jansen",
                "piet  jansen",
                "Anne \"de\" <b>Vries</b> & Zn",
                "Zoë Öztürk-ĳzer",
                "Piet Jansen",
                "piet-jansen-2",
                "日本",
                "",
            ],
        );
        assert_eq!(
            got,
            [
                "t-piet-jansen",
                "t-piet-jansen-2",
                "t-anne-de-b-vries-b-zn",
                "t-zoe-ozturk-ijzer",
                "t-piet-jansen-3",
                "t-piet-jansen-2-2",
                "t",
                "t-2",
            ]
        );
    }
}
