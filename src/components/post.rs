//! Views of posts on the knowledge wall.

mod comment_form;
mod comment_thread;
mod composer;
mod post_card;
mod post_editor;
mod post_meta;
mod reaction_bar;
mod report_button;

pub use comment_form::CommentForm;
pub use comment_thread::{CommentThread, QuestionAnswer};
pub use composer::{Composer, ReportOn};
pub use post_card::PostCard;
pub use post_editor::PostEditor;
pub use post_meta::PostMeta;
pub use reaction_bar::ReactionBar;
pub use report_button::ReportButton;
