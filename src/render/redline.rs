//! The redline: THEIRS as a Word document with tracked changes (`w:ins`, `w:del`) against
//! OURS, so that an officer accepts or rejects each change in Word or LibreOffice. Accepting
//! every change gives the text of THEIRS, rejecting every change the text of OURS (moved
//! articles stay where THEIRS put them). Each substantive change carries a comment that
//! says why it matters. Languages follow one another; articles in the order of THEIRS,
//! with removed articles where they stood.

use crate::compare::{Aligned, Comparison, Edit, Status};
use docx_rs::{AlignmentType, BreakType, Comment, Delete, Docx, Insert, Paragraph, Run, RunFonts};

/// Who made the changes, as Word shows it.
pub const AUTHOR: &str = "naskah compare";

/// Options of the redline.
#[derive(Debug, Clone)]
pub struct Options {
    /// The date of the revisions, `YYYY-MM-DDT00:00:00Z`: from THEIRS or the input, never
    /// the clock, so the same drafts give the same bytes. Without one the revisions carry
    /// no date (the attribute is optional), rather than a made-up one.
    pub date: Option<String>,
}

/// Paragraphs being built: the current one and those finished.
struct Writer {
    done: Vec<Paragraph>,
    current: Paragraph,
    date: String,
    comments: usize,
    /// Runs set in bold (the headings of articles and parts).
    bold: bool,
}

impl Writer {
    fn text_run(&self, text: &str) -> Run {
        let run = Run::new().add_text(text).fonts(RunFonts::new().ascii("Liberation Serif").hi_ansi("Liberation Serif"));
        if self.bold {
            run.bold()
        } else {
            run
        }
    }

    /// Ends the current paragraph as a heading: centred, bold, with space before it.
    fn heading_br(&mut self) {
        let p = std::mem::take(&mut self.current);
        self.done.push(p.align(AlignmentType::Center).keep_next(true).line_spacing(docx_rs::LineSpacing::new().before(240)));
    }

    fn equal(&mut self, text: &str) {
        let mut first = true;
        for piece in text.split('\n') {
            if !first {
                self.br();
            }
            first = false;
            if !piece.is_empty() {
                let p = std::mem::take(&mut self.current);
                self.current = p.add_run(self.text_run(piece));
            }
        }
    }

    fn insert(&mut self, text: &str, comment: Option<&str>) {
        let mut first = true;
        for piece in text.split('\n') {
            if !first {
                self.br();
            }
            first = false;
            if piece.is_empty() {
                continue;
            }
            let ins = Insert::new(self.text_run(piece)).author(AUTHOR).date(self.date.clone());
            let commented = comment.filter(|_| first_piece(text, piece)).map(|c| (self.next_comment(), c));
            let mut p = std::mem::take(&mut self.current);
            if let Some((id, c)) = commented {
                p = p.add_comment_start(self.comment(id, c));
            }
            p = p.add_insert(ins);
            if let Some((id, _)) = commented {
                p = p.add_comment_end(id);
            }
            self.current = p;
        }
    }

    fn delete(&mut self, text: &str, comment: Option<&str>) {
        // A deleted line break joins paragraphs in OURS only: kept as a space.
        let text = text.replace('\n', " ");
        if text.is_empty() {
            return;
        }
        let run = Run::new().add_delete_text(text);
        let del = Delete::new().add_run(if self.bold { run.bold() } else { run }).author(AUTHOR).date(self.date.clone());
        // The comment spans the change from outside it: Word and LibreOffice do not take a
        // comment inside a tracked deletion.
        let commented = comment.map(|c| (self.next_comment(), c));
        let mut p = std::mem::take(&mut self.current);
        if let Some((id, c)) = commented {
            p = p.add_comment_start(self.comment(id, c));
        }
        p = p.add_delete(del);
        if let Some((id, _)) = commented {
            p = p.add_comment_end(id);
        }
        self.current = p;
    }

    /// Comment ids apart from the revisions' ids, which docx-rs counts from 0: every
    /// annotation of a document has an id of its own.
    fn next_comment(&mut self) -> usize {
        self.comments += 1;
        1_000_000 + self.comments
    }

    fn comment(&self, id: usize, text: &str) -> Comment {
        Comment::new(id).author(AUTHOR).date(self.date.clone()).add_paragraph(Paragraph::new().add_run(Run::new().add_text(text)))
    }

    fn br(&mut self) {
        let p = std::mem::take(&mut self.current);
        self.done.push(p);
    }
}

fn first_piece(text: &str, piece: &str) -> bool {
    text.split('\n').find(|p| !p.is_empty()) == Some(piece)
}

/// The comment of a run of changes, when it is substantive.
fn comment_of(old: &str, new: &str) -> Option<String> {
    let c = crate::compare::diff(old, new).1;
    c.iter()
        .find(|c| c.class == crate::compare::Class::Substantive)
        .map(|c| format!("Substantive change: {}.", c.why.map_or("the substance changed", |w| w.en)))
}

fn heading(w: &mut Writer, a: &Aligned) {
    w.bold = true;
    write_heading(w, a);
    w.bold = false;
}

fn write_heading(w: &mut Writer, a: &Aligned) {
    let ours = a.ours.as_ref().map(|h| h.name.clone());
    let theirs = a.theirs.as_ref().map(|h| h.name.clone());
    match (a.status, ours, theirs) {
        (Status::Deleted | Status::Merged, Some(o), _) => w.delete(&o, Some("This article was removed.")),
        (Status::Inserted | Status::Split, _, Some(t)) => w.insert(&t, Some("This article is new.")),
        (_, Some(o), Some(t)) if o != t => {
            w.delete(&o, None);
            w.insert(&t, None);
        }
        (_, _, Some(t)) => w.equal(&t),
        _ => return,
    }
    w.heading_br();
}

/// THEIRS with tracked changes against OURS, as DOCX bytes.
pub fn render(c: &Comparison, opts: &Options) -> Result<Vec<u8>, String> {
    let mut w = Writer {
        done: Vec::new(),
        current: Paragraph::new(),
        date: opts.date.clone().unwrap_or_else(|| NO_DATE.to_string()),
        comments: 0,
        bold: false,
    };
    for (n, lang) in c.languages.iter().enumerate() {
        // Each language from a new page, as the drafts lay them out one after the other.
        if n > 0 {
            w.done.push(Paragraph::new().add_run(Run::new().add_break(BreakType::Page)));
        }
        for a in &lang.articles {
            heading(&mut w, a);
            // Edits grouped into runs of changes between equal text, so that one comment
            // covers one change.
            let mut pending: (String, String) = (String::new(), String::new());
            let flush = |w: &mut Writer, pending: &mut (String, String)| {
                if pending.0.is_empty() && pending.1.is_empty() {
                    return;
                }
                let comment = comment_of(&pending.0, &pending.1);
                w.delete(&pending.0, comment.as_deref());
                w.insert(&pending.1, if pending.0.is_empty() { comment.as_deref() } else { None });
                pending.0.clear();
                pending.1.clear();
            };
            for e in &a.edits {
                match e {
                    // Spaces between two edits belong to the change, so that a phrase
                    // replaced reads as one deletion and one insertion.
                    Edit::Equal(s) if s.trim().is_empty() && !s.contains('\n') && !(pending.0.is_empty() && pending.1.is_empty()) => {
                        pending.0.push_str(s);
                        pending.1.push_str(s);
                    }
                    Edit::Equal(s) => {
                        flush(&mut w, &mut pending);
                        w.equal(s);
                    }
                    Edit::Delete(s) => pending.0.push_str(s),
                    Edit::Insert(s) => pending.1.push_str(s),
                }
            }
            flush(&mut w, &mut pending);
            w.br();
        }
    }
    // Names in no language (the signatories), one per line.
    for e in &c.names {
        match e {
            Edit::Equal(n) => w.equal(n),
            Edit::Insert(n) => w.insert(n, None),
            Edit::Delete(n) => w.delete(n, Some("A name was removed (a signatory?).")),
        }
        w.br();
    }
    let mut docx = Docx::new();
    for p in w.done {
        docx = docx.add_paragraph(p);
    }
    let mut xml = docx.build();
    if opts.date.is_none() {
        // docx-rs always writes a date: the placeholder's attribute is taken out again.
        let attr = format!(r#" w:date="{NO_DATE}""#);
        for part in [&mut xml.document, &mut xml.comments] {
            if let Ok(text) = std::str::from_utf8(part) {
                *part = text.replace(&attr, "").into_bytes();
            }
        }
    }
    let mut buf = std::io::Cursor::new(Vec::new());
    xml.pack(&mut buf).map_err(|e| format!("cannot write the redline: {e}"))?;
    Ok(buf.into_inner())
}

/// The date given to docx-rs when the revisions have none, removed from the XML after.
const NO_DATE: &str = "1970-01-01T00:00:00Z";
