//! The citizen's face on the call screen: drawn, with brows and mouth that follow the mood
//! (anger tilts the brows and turns the mouth down, trust lifts it), and labelled for screen
//! readers.

use bevy_egui::egui::{self, Color32, Pos2, Shape, Stroke, Vec2};

use super::i18n::lang_tr;
use super::state::Lang;
use super::widgets::emotion_label;
use crate::core::engine::citizen::Mood;
use crate::core::format::situation::Emotion;

const SIZE: f32 = 72.0;

/// How the face looks for a mood, as numbers (tested): brow tilt 0 (relaxed) to 1 (frowning),
/// mouth -1 (corners down) to 1 (smile), tears for grief.
pub fn expression(emotion: Emotion, mood: Mood) -> (f32, f32, bool) {
    let tension = f32::from(mood.anger) / 100.0;
    let trust = f32::from(mood.trust) / 100.0;
    let brow = match emotion {
        // Grief and fear raise the inner brows instead of frowning: drawn as a negative tilt.
        Emotion::Boos => tension,
        Emotion::Verdrietig | Emotion::Angstig => -tension,
    };
    let mouth = (trust - tension).clamp(-1.0, 1.0);
    let tears = emotion == Emotion::Verdrietig && mood.anger >= 50;
    (brow, mouth, tears)
}

/// Draws the face; the label says name, emotion and trust in words.
pub fn face(ui: &mut egui::Ui, lang: Lang, name: &str, emotion: Emotion, mood: Mood) {
    let (rect, response) = ui.allocate_exact_size(Vec2::splat(SIZE), egui::Sense::hover());
    let label = lang_tr(
        "window-face-spoken",
        lang,
        &[
            ("name", name.into()),
            ("emotion", emotion_label(lang, emotion).into()),
            ("anger", mood.anger.into()),
            ("trust", mood.trust.into()),
        ],
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Other, true, &label));
    let (brow, mouth, tears) = expression(emotion, mood);
    let p = ui.painter_at(rect);
    let c = rect.center();
    let r = SIZE / 2.0 - 2.0;
    let ink = ui.visuals().text_color();
    p.circle(
        c,
        r,
        Color32::from_rgb(236, 200, 170),
        Stroke::new(1.5, ink.gamma_multiply(0.6)),
    );
    for side in [-1.0f32, 1.0] {
        let eye = c + Vec2::new(side * r * 0.36, -r * 0.12);
        p.circle_filled(eye, r * 0.08, Color32::from_rgb(40, 40, 40));
        // Brows: the inner end goes down with anger (positive tilt), up with grief or fear.
        let inner = eye + Vec2::new(-side * r * 0.2, -r * 0.22 + brow * r * 0.12);
        let outer = eye + Vec2::new(side * r * 0.2, -r * 0.22 - brow * r * 0.05);
        p.line_segment(
            [inner, outer],
            Stroke::new(2.5, Color32::from_rgb(60, 45, 35)),
        );
        if tears && side > 0.0 {
            p.circle_filled(
                eye + Vec2::new(0.0, r * 0.22),
                r * 0.06,
                Color32::from_rgb(90, 150, 220),
            );
        }
    }
    // The mouth: a curve whose middle sits lower (smile) or higher (frown) than its corners.
    let left = c + Vec2::new(-r * 0.34, r * 0.42);
    let right = c + Vec2::new(r * 0.34, r * 0.42);
    let middle = Pos2::new(c.x, left.y + mouth * r * 0.22);
    let points: Vec<Pos2> = (0..=12)
        .map(|i| {
            let s = i as f32 / 12.0;
            let a = left.lerp(middle, s);
            let b = middle.lerp(right, s);
            a.lerp(b, s)
        })
        .collect();
    p.add(Shape::line(
        points,
        Stroke::new(2.5, Color32::from_rgb(120, 50, 50)),
    ));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mood(anger: u8, trust: u8) -> Mood {
        let mut m = Mood::new(anger, trust);
        m.anger = anger;
        m
    }

    #[test]
    fn the_face_follows_anger_and_trust() {
        let (brow_hot, mouth_hot, _) = expression(Emotion::Boos, mood(90, 10));
        let (brow_calm, mouth_calm, _) = expression(Emotion::Boos, mood(10, 80));
        assert!(brow_hot > brow_calm);
        assert!(mouth_hot < 0.0 && mouth_calm > 0.0);
        let (brow_sad, _, tears) = expression(Emotion::Verdrietig, mood(80, 40));
        assert!(brow_sad < 0.0 && tears);
        assert!(!expression(Emotion::Verdrietig, mood(20, 40)).2);
    }
}
