//! Compiling a template in pieces, for a small fixed cost per command.
//!
//! handlebars' parser (pest) costs a few hundred nanoseconds a byte, and it computes every
//! token's line and column by walking the text from its start, so compiling is quadratic
//! in a template's length; yet most of a template or clause text is literal. So a text is
//! split at the starts of lines that are outside any block: a line without `{{` stays
//! text, a line of plain expressions (`{{name args}}`) and blocks within the line compiles
//! each of them alone (a piece written many times is compiled once), and a block
//! (`{{#if}}` to its `{{/if}}`, with the whole lines it spans) or a line with a comment or a
//! partial compiles as one small template. The pieces are joined into one `handlebars::Template` whose
//! line and column mapping is that of the whole text, so a render error is placed as
//! before. Standalone tags keep their meaning because a piece always starts at the start
//! of a line and ends after its newline.
//!
//! Whatever this does not model (whitespace control `~`, escapes `\`, raw blocks `{{{{`,
//! decorators and inline partials `{{*`, `{{#*`) and any compile error fall back to
//! compiling the whole text, so handlebars' own message and place are kept. A test
//! compares the joined template with the whole-text one for every built-in template, phrase
//! and clause text.

use handlebars::template::TemplateElement;
use handlebars::{Template, TemplateError};
use std::collections::HashMap;

/// Compiles `src` as handlebars would, named `name`; faster for long, mostly literal texts.
pub fn compile(src: &str, name: &str) -> Result<Template, TemplateError> {
    match build(src) {
        Some(mut t) => {
            t.name = Some(name.to_string());
            Ok(t)
        }
        None => Template::compile_with_name(src, name.to_string()),
    }
}

/// A text compiled in pieces, placed from line 1, column 1; `None` when it uses what the
/// pieces do not model or a piece does not compile (the whole text then gives handlebars'
/// own message and place).
fn build(src: &str) -> Option<Template> {
    let mut out = Template::new();
    // `TemplateMapping` is `non_exhaustive`: one is made by compiling a literal, then copied.
    static PROTOTYPE: std::sync::LazyLock<Option<handlebars::template::TemplateMapping>> =
        std::sync::LazyLock::new(|| Template::compile("x").ok().and_then(|t| t.mapping.first().cloned()));
    let prototype = PROTOTYPE.as_ref()?;
    for piece in split(src)? {
        match piece {
            Piece::Text { text, line, col } => {
                let mut at = prototype.clone();
                (at.0, at.1) = (line, col);
                out.elements.push(TemplateElement::RawString(text.to_string()));
                out.mapping.push(at);
            }
            Piece::Expression { text, line, col } => append(&mut out, cached(text)?, line, col),
            Piece::Nested { open, col, body, inverse, close, line } => append(&mut out, nested(open, col, body, inverse, close)?, line, 1),
            Piece::Block { text, line } => append(&mut out, Template::compile(text).ok()?, line, 1),
        }
    }
    Some(out)
}

/// A short text compiled once per process: a piece written many times (`{{w "Pihak"}}`,
/// `{{#if @last}}.{{else}};{{/if}}`, the shell of a block) is compiled once.
fn cached(text: &str) -> Option<Template> {
    static CACHE: std::sync::LazyLock<std::sync::Mutex<HashMap<String, Template>>> = std::sync::LazyLock::new(Default::default);
    if let Some(t) = CACHE.lock().ok().and_then(|c| c.get(text).cloned()) {
        return Some(t);
    }
    let t = Template::compile(text).ok()?;
    if let Ok(mut c) = CACHE.lock() {
        c.insert(text.to_string(), t.clone());
    }
    Some(t)
}

/// A block whose tags stand on their own lines, placed from line 1: its shell (the open
/// tag, `{{else}}`, the close tag) compiled by handlebars, its body and inverse in pieces.
fn nested(open: &str, col: usize, body: (&str, usize), inverse: Option<(&str, usize)>, close: &str) -> Option<Template> {
    let shell = match inverse {
        Some(_) => format!("{open}\n{{{{else}}}}\n{close}\n"),
        None => format!("{open}\n{close}\n"),
    };
    let shell = cached(&shell)?;
    // The shell is the block and, around it, raw text that standalone tags left empty.
    let mut block = None;
    for (e, m) in shell.elements.into_iter().zip(shell.mapping) {
        match e {
            TemplateElement::HelperBlock(h) if block.is_none() => block = Some((h, m)),
            TemplateElement::RawString(s) if s.is_empty() => {}
            _ => return None,
        }
    }
    let (mut h, mut at) = block?;
    let inner = |(text, line): (&str, usize)| {
        build(text).map(|mut t| {
            shift(&mut t, line, 1);
            t
        })
    };
    h.template = Some(inner(body)?);
    h.inverse = match inverse {
        Some(inverse) => Some(inner(inverse)?),
        None => None,
    };
    at.1 = col;
    let mut out = Template::new();
    out.elements.push(TemplateElement::HelperBlock(h));
    out.mapping.push(at);
    Some(out)
}

/// One piece of a text: its line and column (in characters) in the whole text.
#[derive(Debug, PartialEq)]
enum Piece<'a> {
    /// Literal text.
    Text { text: &'a str, line: usize, col: usize },
    /// One plain expression, `{{name args}}`, or a block within a line.
    Expression { text: &'a str, line: usize, col: usize },
    /// A block whose open tag, `{{else}}` and close tag each stand alone on their lines:
    /// the tags (the open tag at column `col`) and the body and inverse with the line
    /// where each starts (in the block, from 1), compiled apart.
    Nested { open: &'a str, col: usize, body: (&'a str, usize), inverse: Option<(&'a str, usize)>, close: &'a str, line: usize },
    /// Whole lines from the start of a line, compiled together.
    Block { text: &'a str, line: usize },
}

/// Appends a compiled piece, its mapping moved from line 1, column 1 to where it starts.
fn append(out: &mut Template, mut piece: Template, line: usize, col: usize) {
    shift(&mut piece, line, col);
    out.elements.append(&mut piece.elements);
    out.mapping.append(&mut piece.mapping);
}

/// Moves a template's mapping (and its blocks') from line 1, column 1 to `line`, `col`.
fn shift(t: &mut Template, line: usize, col: usize) {
    for m in &mut t.mapping {
        if m.0 == 1 {
            m.1 += col - 1;
        }
        m.0 += line - 1;
    }
    for e in &mut t.elements {
        match e {
            TemplateElement::HelperBlock(h) | TemplateElement::Expression(h) | TemplateElement::HtmlExpression(h) => {
                for inner in h.template.iter_mut().chain(h.inverse.iter_mut()) {
                    shift(inner, line, col);
                }
            }
            TemplateElement::DecoratorExpression(d)
            | TemplateElement::DecoratorBlock(d)
            | TemplateElement::PartialExpression(d)
            | TemplateElement::PartialBlock(d) => {
                if let Some(inner) = d.template.as_mut() {
                    shift(inner, line, col);
                }
            }
            // Raw text and comments hold no template (and the enum is `non_exhaustive`).
            _ => {}
        }
    }
}

/// What a tag does to the nesting of blocks, and whether a line of it can be split.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Tag {
    /// `{{name args}}`: a value or a helper's result.
    Plain,
    /// `{{#name}}`, `{{^name}}`.
    Open,
    /// `{{/name}}`.
    Close,
    /// `{{else}}`, `{{^}}`, a comment, a partial: compiled with its line.
    Other,
}

/// A tag in a run of lines: where it starts and ends (after `}}`), and its kind.
type TagAt = (usize, usize, Tag);

/// Splits a text into pieces, or `None` when it uses what the pieces do not model.
fn split(src: &str) -> Option<Vec<Piece<'_>>> {
    if src.contains('\\')
        || src.contains("{{{{")
        || src.contains("{{*")
        || src.contains("{{#*")
        || src.contains("{{~")
        || src.contains("~}}")
    {
        return None;
    }
    let mut pieces = Vec::new();
    let mut line_no = 1;
    let mut rest = src;
    while !rest.is_empty() {
        // A run of whole lines that ends outside any tag and block.
        let (len, lines, tags) = run(rest)?;
        let (text, after) = rest.split_at(len);
        if tags.is_empty() {
            pieces.push(Piece::Text { text, line: line_no, col: 1 });
        } else if let Some(groups) = inline(text, lines, &tags) {
            let mut at = 0;
            for (start, end) in groups {
                if start > at {
                    pieces.push(Piece::Text { text: &text[at..start], line: line_no, col: 1 + text[..at].chars().count() });
                }
                pieces.push(Piece::Expression { text: &text[start..end], line: line_no, col: 1 + text[..start].chars().count() });
                at = end;
            }
            if at < text.len() {
                pieces.push(Piece::Text { text: &text[at..], line: line_no, col: 1 + text[..at].chars().count() });
            }
        } else if let Some(piece) = standalone(text, &tags, line_no) {
            pieces.push(piece);
        } else {
            pieces.push(Piece::Block { text, line: line_no });
        }
        line_no += text.matches('\n').count();
        rest = after;
    }
    Some(pieces)
}

/// A run of lines that is one block with its open tag, a plain `{{else}}` or `{{^}}` if
/// any, and its close tag alone on their lines (blanks aside), as a `Piece::Nested`.
fn standalone<'a>(text: &'a str, tags: &[TagAt], line: usize) -> Option<Piece<'a>> {
    let alone = |start: usize, end: usize| {
        let before = &text[text[..start].rfind('\n').map_or(0, |i| i + 1)..start];
        let after = &text[end..text[end..].find('\n').map_or(text.len(), |i| end + i)];
        before.trim_matches([' ', '\t']).is_empty() && after.trim_matches([' ', '\t', '\r']).is_empty()
    };
    let (&(open_at, open_end, Tag::Open), rest) = tags.split_first()? else { return None };
    let (&(close_at, close_end, Tag::Close), inner) = rest.split_last()? else { return None };
    // A partial block (`{{#> name}}`) is not a helper's: compiled whole.
    let partial = text[open_at + 2..].starts_with("#>");
    if partial || !alone(open_at, open_end) || !alone(close_at, close_end) || text[open_at..open_end].contains('\n') {
        return None;
    }
    let mut depth = 0usize;
    let mut split_at = None;
    for &(start, end, kind) in inner {
        match kind {
            Tag::Open => depth += 1,
            Tag::Close => depth = depth.checked_sub(1)?,
            Tag::Other if depth == 0 && matches!(text[start + 2..end - 2].trim(), "else" | "^") => {
                if split_at.is_some() || !alone(start, end) {
                    return None;
                }
                split_at = Some((start, end));
            }
            // `{{else if ...}}` chains blocks: compiled whole.
            Tag::Other if depth == 0 && text[start + 2..end].trim_start().starts_with("else") => return None,
            _ => {}
        }
    }
    // Lines are counted from the block's first line; a part starts after its tag's line.
    let line_after = |end: usize| text[end..].find('\n').map(|i| end + i + 1);
    let line_start = |at: usize| text[..at].rfind('\n').map_or(0, |i| i + 1);
    let lines_to = |at: usize| 1 + text[..at].matches('\n').count();
    let body_start = line_after(open_end)?;
    let (body, inverse) = match split_at {
        Some((start, end)) => {
            let inverse_start = line_after(end)?;
            let body = (&text[body_start..line_start(start)], lines_to(body_start));
            (body, Some((&text[inverse_start..line_start(close_at)], lines_to(inverse_start))))
        }
        None => ((&text[body_start..line_start(close_at)], lines_to(body_start)), None),
    };
    if body_start > line_start(close_at) {
        return None;
    }
    let col = 1 + text[line_start(open_at)..open_at].chars().count();
    Some(Piece::Nested { open: &text[open_at..open_end], col, body, inverse, close: &text[close_at..close_end], line })
}

/// The parts of one line to compile alone: each plain expression, and each block that
/// opens and closes within the line with text before it (`- {{name}}{{#if @last}}.{{else}};{{/if}}`),
/// which is then not standalone whatever it is compiled with. `None` when the line must be
/// compiled whole: it spans lines, holds a comment or a partial, or a block starts it.
fn inline(text: &str, lines: usize, tags: &[TagAt]) -> Option<Vec<(usize, usize)>> {
    if lines != 1 {
        return None;
    }
    let mut groups = Vec::new();
    let mut depth = 0usize;
    let mut open = 0;
    for &(start, end, kind) in tags {
        match kind {
            Tag::Plain if depth == 0 => groups.push((start, end)),
            Tag::Plain => {}
            Tag::Open => {
                // A block at the start of its line (after blanks) may be standalone.
                if depth == 0 && text[..start].trim().is_empty() {
                    return None;
                }
                if depth == 0 {
                    open = start;
                }
                depth += 1;
            }
            Tag::Close => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    // Text before it, its tags are not standalone wherever it is compiled.
                    groups.push((open, end));
                }
            }
            Tag::Other if depth > 0 && text[start + 2..end].trim_start().starts_with("else") => {}
            Tag::Other => return None,
        }
    }
    (depth == 0).then_some(groups)
}

/// The length of the run of whole lines that starts `text` and ends at a newline outside
/// any tag and block (or at the end), the number of lines, and its tags (start, end, kind).
/// `None` when a tag is not closed or a block closes more than it opened: the whole text is
/// then compiled, for handlebars' own error.
fn run(text: &str) -> Option<(usize, usize, Vec<TagAt>)> {
    let bytes = text.as_bytes();
    let mut tags = Vec::new();
    let mut depth = 0usize;
    let mut lines = 1;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\n' {
            if depth == 0 {
                return Some((i + 1, lines, tags));
            }
            lines += 1;
            i += 1;
        } else if bytes[i..].starts_with(b"{{") {
            let end = tag_end(text, i)?;
            let kind = match bytes.get(i + 2) {
                Some(b'!') | Some(b'>') => Tag::Other,
                Some(b'#') => Tag::Open,
                Some(b'/') => Tag::Close,
                Some(b'^') if bytes.get(i + 3) == Some(&b'}') => Tag::Other,
                Some(b'^') => Tag::Open,
                Some(b'{') | Some(b'&') => Tag::Other,
                _ if text[i + 2..end].trim_start().starts_with("else") => Tag::Other,
                _ => Tag::Plain,
            };
            match kind {
                Tag::Open => depth += 1,
                Tag::Close => depth = depth.checked_sub(1)?,
                _ => {}
            }
            lines += text[i..end].matches('\n').count();
            tags.push((i, end, kind));
            i = end;
        } else {
            i += 1;
        }
    }
    (depth == 0).then_some((text.len(), lines, tags))
}

/// The end (after `}}`) of the tag that starts at `start`: a comment `{{!-- --}}` ends at
/// `--}}`; elsewhere a `}}` inside a quoted string does not end the tag.
fn tag_end(text: &str, start: usize) -> Option<usize> {
    let rest = &text[start..];
    if rest.starts_with("{{!--") {
        return rest.find("--}}").map(|e| start + e + 4);
    }
    if rest.starts_with("{{!") {
        return rest.find("}}").map(|e| start + e + 2);
    }
    let bytes = rest.as_bytes();
    let mut quote: Option<u8> = None;
    let mut i = 2;
    while i < bytes.len() {
        match (quote, bytes[i]) {
            (Some(q), b) if b == q => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') => quote = Some(bytes[i]),
            (None, b'}') if bytes.get(i + 1) == Some(&b'}') => return Some(start + i + 2),
            (None, b'{') if bytes.get(i + 1) == Some(&b'{') => return None,
            _ => {}
        }
        i += 1;
    }
    None
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// A template with adjacent raw strings joined, empty ones dropped and their places
    /// cleared, for comparing the pieces' template with the whole text's.
    pub(crate) fn normal(t: &Template) -> Template {
        let mut out = Template::new();
        out.name = t.name.clone();
        for (e, m) in t.elements.iter().zip(&t.mapping) {
            let e = match e {
                TemplateElement::HelperBlock(h) | TemplateElement::Expression(h) | TemplateElement::HtmlExpression(h) => {
                    let mut h = h.clone();
                    h.template = h.template.as_ref().map(normal);
                    h.inverse = h.inverse.as_ref().map(normal);
                    match e {
                        TemplateElement::HelperBlock(_) => TemplateElement::HelperBlock(h),
                        TemplateElement::Expression(_) => TemplateElement::Expression(h),
                        _ => TemplateElement::HtmlExpression(h),
                    }
                }
                other => other.clone(),
            };
            // Raw text cannot fail to render: where handlebars places it does not matter.
            let mut m = m.clone();
            if matches!(e, TemplateElement::RawString(_)) {
                (m.0, m.1) = (0, 0);
            }
            match (&e, out.elements.last_mut()) {
                (TemplateElement::RawString(s), _) if s.is_empty() => {}
                (TemplateElement::RawString(s), Some(TemplateElement::RawString(prev))) => prev.push_str(s),
                _ => {
                    out.elements.push(e);
                    out.mapping.push(m);
                }
            }
        }
        out
    }

    fn same(src: &str) {
        let whole = Template::compile_with_name(src, "t".into()).expect("compiles");
        let pieces = compile(src, "t").expect("compiles in pieces");
        assert_eq!(normal(&pieces), normal(&whole), "{src:?}");
    }

    #[test]
    fn pieces_join_into_the_template_of_the_whole_text() {
        same("::para\nid| {{a}} and {{w \"x }} y\"}} z\nen| text\n");
        same("{{#if a}}\n  id| {{b}}\n{{else}}\nid| {{c}}\n{{/if}}\nen| {{#each xs}}{{this}}, {{/each}}.\n");
        same("{{!-- a comment\n  over lines --}}\n::document\n*| {{t x \"en\"}}\n{{> lampiran}}\n{{#unless a}}\nno\n{{/unless}}\n{{#if b}}{{^}}c{{/if}}\n");
        same("id| ümlaut {{a}} é {{b.c}}\n  {{#if x}}\n  y\n  {{/if}}  \ntail {{z}}");
        same("");
        same("no newline {{x}}");
        same("- {{tl name}}{{#if @last}}.{{else}};{{/if}}\n{{#if a}}x{{/if}}\n  {{#if a}}x{{/if}} y\nz {{#if a}}x{{/if}}\n");
        same("a {{#each xs}}{{#if @first}}[{{/if}}{{this}}{{/each}} b {{c}}\n");
        // Blocks whose tags stand alone are compiled as a shell with their parts in pieces.
        same("{{#if a}}\n{{#each xs}}\n  - {{this}} {{w \"y\"}}\n{{/each}}\n{{else}}\n{{#unless b}}\nn\n{{/unless}}\n{{/if}}\nt\n");
        same("  {{#if a}}  \n{{else}}\n{{/if}}\n{{#if b}}\n{{^}}\nx {{y}}\n  {{/if}}");
        same("{{#if a}}\nx\n{{else if b}}\ny\n{{/if}}\n{{#each xs as |x|}}\n{{x}}\n{{/each}}\n");
        let nested = split("{{#if a}}\nx {{b}}\n{{else}}\ny\n{{/if}}\n").expect("splits");
        assert!(matches!(nested[..], [Piece::Nested { body: ("x {{b}}\n", 2), inverse: Some(("y\n", 4)), .. }]), "{nested:?}");
        same("{{#if a}}\n{{!-- note --}}\n{{> lampiran}}\n{{/if}}\n{{#with p}}\n{{#if q}}{{r}}{{/if}} s\n{{/with}}\n");
    }

    #[test]
    fn what_the_pieces_do_not_model_is_compiled_whole() {
        assert!(split("a {{~b}}").is_none());
        assert!(split("a \\{{b}}").is_none());
        assert!(split("{{#*inline \"x\"}}y{{/inline}}").is_none());
        // Unclosed tags and blocks, and a close without an open: handlebars' own error.
        for bad in ["a {{b\nc", "{{#if a}}\nb\n", "{{/if}}\n", "{{#if a}}{{/each}}\n"] {
            let whole = Template::compile_with_name(bad, "t".into()).map(|_| ()).map_err(|e| (e.pos(), e.reason().to_string()));
            let pieces = compile(bad, "t").map(|_| ()).map_err(|e| (e.pos(), e.reason().to_string()));
            assert_eq!(pieces, whole, "{bad:?}");
        }
    }
}
