//! Views of theme groups.

mod theme_card;

pub use theme_card::ThemeCard;
