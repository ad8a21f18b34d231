//! naskah: drafts and checks the documents of Indonesian regional cooperation with
//! foreign partners.
//!
//! Map of the modules (see README, "Architecture"):
//! - [`input`]: the YAML schema, validation with line:column, domain rules on the input;
//! - [`library`]: the clause library;
//! - [`assemble`]: templates + clauses -> [`model::Document`] (the only handlebars user);
//! - [`model`]: the document model, plain data;
//! - [`profile`]: what each document kind must contain, for the generator and the checker;
//! - [`render`]: model -> bytes, one module per format;
//! - [`read`] and [`check`]: drafts -> model -> findings;
//! - [`compare`]: a counter-draft against ours: articles aligned, changes classified, flags;
//! - [`packet`]: the DPRD packet: render, read back, cross-check, cover, merge, manifest;
//! - [`calendar`]: working days and the DPRD's deadline;
//! - [`status`]: where each cooperation stands, its next step and deadlines (human, JSON, CSV, iCalendar);
//! - [`format`]: Indonesian dates, numbers in words, rupiah, lists, names in capitals, provinces;
//! - [`emblem`] and [`fonts`]: the letterhead's emblem and the fonts, for the renderers;
//! - [`parallel`]: independent work on every core, in order;
//! - [`app`]: the commands as functions that return results and never print;
//! - [`serve`]: the local web page and its JSON endpoints, over `app`;
//! - [`fsio`]: every read of a draft or input and every write of a document, within budgets;
//! - [`limits`]: the budgets every reader works within;
//! - [`cli`]: the command line's arguments (the binary, `main.rs`, prints).

pub mod app;
pub mod assemble;
pub mod calendar;
pub mod check;
pub mod cli;
pub mod compare;
pub mod diag;
pub mod emblem;
pub mod fonts;
pub mod format;
pub mod fsio;
pub mod input;
pub mod library;
pub mod limits;
pub mod model;
pub mod packet;
pub mod parallel;
pub mod profile;
pub mod read;
pub mod render;
pub mod serve;
pub mod status;
