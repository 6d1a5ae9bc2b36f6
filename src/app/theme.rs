//! The visual design in one place: palette (light and dark), type scale, spacing and the
//! shipped font (Inter, SIL Open Font License, `assets/fonts`). Every screen takes its colours
//! from [`Palette`]; the contrast of each text colour on its background meets WCAG 2.1 AA
//! (tested below).

use bevy_egui::egui::{self, Color32, FontData, FontDefinitions, FontFamily, FontId, TextStyle};

/// The colours of one theme.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    pub background: Color32,
    pub panel: Color32,
    pub card: Color32,
    pub text: Color32,
    pub weak: Color32,
    pub accent: Color32,
    /// The trainee's own lines.
    pub you: Color32,
    pub success: Color32,
    pub danger: Color32,
    pub warning: Color32,
    /// Background of the feedback box.
    pub feedback: Color32,
    pub anger: Color32,
    pub trust: Color32,
    pub focus: Color32,
}

pub const LIGHT: Palette = Palette {
    background: Color32::from_rgb(247, 247, 244),
    panel: Color32::from_rgb(238, 238, 233),
    card: Color32::from_rgb(255, 255, 255),
    text: Color32::from_rgb(26, 26, 26),
    weak: Color32::from_rgb(84, 84, 84),
    accent: Color32::from_rgb(21, 77, 143),
    you: Color32::from_rgb(30, 40, 120),
    success: Color32::from_rgb(22, 105, 45),
    danger: Color32::from_rgb(168, 32, 20),
    warning: Color32::from_rgb(140, 80, 0),
    feedback: Color32::from_rgb(250, 246, 222),
    anger: Color32::from_rgb(190, 50, 35),
    trust: Color32::from_rgb(30, 105, 185),
    focus: Color32::from_rgb(0, 90, 200),
};

pub const DARK: Palette = Palette {
    background: Color32::from_rgb(28, 29, 32),
    panel: Color32::from_rgb(38, 40, 44),
    card: Color32::from_rgb(48, 50, 56),
    text: Color32::from_rgb(235, 235, 235),
    weak: Color32::from_rgb(180, 180, 180),
    accent: Color32::from_rgb(130, 180, 255),
    you: Color32::from_rgb(170, 195, 255),
    success: Color32::from_rgb(110, 210, 130),
    danger: Color32::from_rgb(255, 130, 115),
    warning: Color32::from_rgb(240, 180, 80),
    feedback: Color32::from_rgb(58, 54, 36),
    anger: Color32::from_rgb(240, 105, 85),
    trust: Color32::from_rgb(100, 165, 245),
    focus: Color32::from_rgb(120, 180, 255),
};

/// The palette of the theme this `ui` is drawn in.
pub fn palette(ui: &egui::Ui) -> Palette {
    of(ui.visuals().dark_mode)
}

pub fn of(dark: bool) -> Palette {
    if dark { DARK } else { LIGHT }
}

/// Body text size in points before the zoom (the default zoom is 1.2, so 16 pt reads as ~19 px).
pub const BODY: f32 = 16.0;

/// Installs the font once per context.
pub fn install_fonts(ctx: &egui::Context) {
    let mut fonts = FontDefinitions::default();
    fonts.font_data.insert(
        "inter".into(),
        FontData::from_static(include_bytes!("../../assets/fonts/Inter-Regular.otf")).into(),
    );
    // Inter first; egui's own fonts stay behind it for symbols Inter lacks (✔, ✘, arrows).
    if let Some(list) = fonts.families.get_mut(&FontFamily::Proportional) {
        list.insert(0, "inter".into());
    }
    ctx.set_fonts(fonts);
}

/// Applies the theme: type scale, spacing, widget look, colours.
pub fn apply(ctx: &egui::Context, dark: bool) {
    let p = of(dark);
    ctx.set_theme(if dark {
        egui::Theme::Dark
    } else {
        egui::Theme::Light
    });
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (
                TextStyle::Heading,
                FontId::new(BODY * 1.45, FontFamily::Proportional),
            ),
            (TextStyle::Body, FontId::new(BODY, FontFamily::Proportional)),
            (
                TextStyle::Button,
                FontId::new(BODY, FontFamily::Proportional),
            ),
            (
                TextStyle::Small,
                FontId::new(BODY * 0.82, FontFamily::Proportional),
            ),
            (
                TextStyle::Monospace,
                FontId::new(BODY * 0.9, FontFamily::Monospace),
            ),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(10.0, 8.0);
        style.spacing.button_padding = egui::vec2(12.0, 7.0);
        style.spacing.interact_size.y = 30.0;
        let v = &mut style.visuals;
        v.dark_mode = dark;
        v.override_text_color = Some(p.text);
        v.weak_text_color = Some(p.weak);
        v.panel_fill = p.background;
        v.window_fill = p.panel;
        v.extreme_bg_color = p.card;
        v.hyperlink_color = p.accent;
        v.selection.bg_fill = p.accent.gamma_multiply(0.35);
        v.selection.stroke = egui::Stroke::new(2.0, p.focus);
        // Buttons look like buttons: a filled face, a visible border, a clear hover and focus.
        let border = egui::Stroke::new(1.0, p.weak);
        v.widgets.inactive.weak_bg_fill = p.card;
        v.widgets.inactive.bg_fill = p.card;
        v.widgets.inactive.bg_stroke = border;
        v.widgets.inactive.corner_radius = 6.into();
        v.widgets.hovered.weak_bg_fill = p.panel;
        v.widgets.hovered.bg_stroke = egui::Stroke::new(2.0, p.accent);
        v.widgets.hovered.corner_radius = 6.into();
        v.widgets.active.bg_stroke = egui::Stroke::new(2.0, p.focus);
        v.widgets.active.corner_radius = 6.into();
        v.widgets.noninteractive.bg_stroke = egui::Stroke::new(1.0, p.weak.gamma_multiply(0.5));
    });
}

/// The relative luminance of a colour (WCAG 2.1).
pub fn luminance(c: Color32) -> f64 {
    let lin = |v: u8| {
        let s = f64::from(v) / 255.0;
        if s <= 0.040_45 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(c.r()) + 0.7152 * lin(c.g()) + 0.0722 * lin(c.b())
}

/// The contrast ratio of two colours (1 to 21).
pub fn contrast(a: Color32, b: Color32) -> f64 {
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_colour_meets_wcag_aa_on_its_backgrounds() {
        for (name, p) in [("licht", LIGHT), ("donker", DARK)] {
            for (what, fg) in [
                ("text", p.text),
                ("weak", p.weak),
                ("accent", p.accent),
                ("you", p.you),
                ("success", p.success),
                ("danger", p.danger),
                ("warning", p.warning),
            ] {
                for (on, bg) in [
                    ("background", p.background),
                    ("panel", p.panel),
                    ("card", p.card),
                    ("feedback", p.feedback),
                ] {
                    let c = contrast(fg, bg);
                    assert!(c >= 4.5, "{name}: {what} on {on}: {c:.2}:1");
                }
            }
            // Lines and the focus ring are graphics: 3:1 (WCAG 1.4.11).
            for (what, fg) in [("anger", p.anger), ("trust", p.trust), ("focus", p.focus)] {
                let c = contrast(fg, p.background);
                assert!(c >= 3.0, "{name}: {what}: {c:.2}:1");
            }
        }
    }

    #[test]
    fn contrast_is_the_wcag_formula() {
        assert!((contrast(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 1e-9);
        assert!((contrast(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 1e-9);
    }
}
