//! The operations of a PDF content stream, read by a tokenizer that does only what text
//! extraction needs (issue 14): no object per operand, no allocation per token. Strings
//! without escapes are borrowed from the stream; the operands of one operation are kept in
//! one buffer that is reused for the next.
//!
//! The grammar is lopdf's (`lopdf::content::Content::decode_iter`, which this replaces in
//! the reader, with the same text as a result; a test compares the two on every PDF of the
//! test fixtures): white space and comments between tokens; numbers, names, literal and
//! hexadecimal strings, arrays, dictionaries, `true`, `false` and `null` as operands; any
//! other run of regular characters not starting with a digit is an operator; `BI` ... `ID`
//! opens an inline image whose data runs to `EI` between white space. A stream that breaks
//! this grammar (a stray `)`, an unterminated string) ends where it breaks, as lopdf's
//! iterator does.

use std::borrow::Cow;

/// An operand, as much of it as text extraction reads.
#[derive(Debug, Clone, PartialEq)]
pub enum Operand<'a> {
    /// A whole number (a `TJ` gap wider than 100 thousandths of an em is a space).
    Integer(i64),
    /// A name, with its `#xx` escapes decoded.
    Name(Cow<'a, [u8]>),
    /// A string's bytes, with its escapes decoded.
    Str(Cow<'a, [u8]>),
    /// `[`: the items up to the matching `Close` are an array.
    Open,
    /// `]`.
    Close,
    /// Anything else: a real number, a boolean, null, a dictionary's brackets.
    Other,
}

/// One operation: the operator and its operands (arrays flattened between `Open` and
/// `Close`). Borrowed from the tokenizer until the next call.
pub struct Operation<'t, 'a> {
    pub operator: &'a [u8],
    pub operands: &'t [Operand<'a>],
}

/// The operations of a content stream, one at a time.
pub struct Operations<'a> {
    src: &'a [u8],
    pos: usize,
    operands: Vec<Operand<'a>>,
    /// Set when the grammar broke: nothing more is read.
    broken: bool,
}

fn is_white(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\0' | b'\x0C')
}

fn is_delimiter(c: u8) -> bool {
    matches!(c, b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%')
}

fn is_regular(c: u8) -> bool {
    !is_white(c) && !is_delimiter(c)
}

fn hex(c: u8) -> Option<u8> {
    (c as char).to_digit(16).map(|d| d as u8)
}

impl<'a> Operations<'a> {
    pub fn new(src: &'a [u8]) -> Self {
        Operations { src, pos: 0, operands: Vec::with_capacity(16), broken: false }
    }

    /// Whether the stream broke the grammar before its end (the operations read so far
    /// stand).
    #[cfg(test)]
    pub fn broken(&self) -> bool {
        self.broken
    }

    /// The next operation; `None` at the end of the stream or where its grammar breaks.
    #[allow(clippy::should_implement_trait)] // it lends its operands: not an `Iterator`
    pub fn next(&mut self) -> Option<Operation<'_, 'a>> {
        if self.broken {
            return None;
        }
        self.operands.clear();
        let mut depth = 0usize;
        loop {
            self.skip_space();
            let Some(&c) = self.src.get(self.pos) else {
                // Operands without an operator at the end: the grammar breaks there.
                self.broken = !self.operands.is_empty();
                return None;
            };
            let token = match c {
                b'(' => self.literal().map(Operand::Str),
                b'<' if self.src.get(self.pos + 1) == Some(&b'<') => {
                    self.pos += 2;
                    Some(Operand::Other)
                }
                b'>' if self.src.get(self.pos + 1) == Some(&b'>') => {
                    self.pos += 2;
                    Some(Operand::Other)
                }
                b'<' => self.hexadecimal().map(Operand::Str),
                b'/' => Some(Operand::Name(self.name())),
                b'[' => {
                    self.pos += 1;
                    depth += 1;
                    Some(Operand::Open)
                }
                b']' if depth > 0 => {
                    self.pos += 1;
                    depth -= 1;
                    Some(Operand::Close)
                }
                c if is_regular(c) => {
                    let start = self.pos;
                    while self.src.get(self.pos).is_some_and(|&c| is_regular(c)) {
                        self.pos += 1;
                    }
                    let word = &self.src[start..self.pos];
                    if c.is_ascii_digit() || matches!(c, b'+' | b'-' | b'.') {
                        Some(number(word))
                    } else if matches!(word, b"true" | b"false" | b"null") {
                        Some(Operand::Other)
                    } else if depth > 0 {
                        // An operator inside an array: the grammar breaks.
                        None
                    } else {
                        if word == b"BI" && !self.inline_image() {
                            self.broken = true;
                            return None;
                        }
                        return Some(Operation { operator: word, operands: &self.operands });
                    }
                }
                // A stray `)`, `]`, `>`, `{` or `}`.
                _ => None,
            };
            match token {
                Some(t) => self.operands.push(t),
                None => {
                    self.broken = true;
                    return None;
                }
            }
        }
    }

    /// White space and comments.
    fn skip_space(&mut self) {
        while let Some(&c) = self.src.get(self.pos) {
            if is_white(c) {
                self.pos += 1;
            } else if c == b'%' {
                while self.src.get(self.pos).is_some_and(|&c| c != b'\n' && c != b'\r') {
                    self.pos += 1;
                }
            } else {
                break;
            }
        }
    }

    /// A name after its `/`.
    fn name(&mut self) -> Cow<'a, [u8]> {
        self.pos += 1;
        let start = self.pos;
        while self.src.get(self.pos).is_some_and(|&c| is_regular(c)) {
            self.pos += 1;
        }
        let raw = &self.src[start..self.pos];
        if !raw.contains(&b'#') {
            return Cow::Borrowed(raw);
        }
        let mut out = Vec::with_capacity(raw.len());
        let mut i = 0;
        while i < raw.len() {
            match (raw[i], raw.get(i + 1).copied().and_then(hex), raw.get(i + 2).copied().and_then(hex)) {
                (b'#', Some(h), Some(l)) => {
                    out.push(h << 4 | l);
                    i += 3;
                }
                (c, _, _) => {
                    out.push(c);
                    i += 1;
                }
            }
        }
        Cow::Owned(out)
    }

    /// A literal string from its `(`: balanced parentheses, escapes (`\n`, `\ddd`, a
    /// backslash before a line end continues the line), a line end read as `\n`.
    /// `None` when it does not close.
    fn literal(&mut self) -> Option<Cow<'a, [u8]>> {
        let start = self.pos + 1;
        let mut i = start;
        let mut nesting = 0usize;
        // The plain case: no escape, no line end to normalise.
        while let Some(&c) = self.src.get(i) {
            match c {
                b'\\' | b'\r' => break,
                b'(' => nesting += 1,
                b')' if nesting == 0 => {
                    self.pos = i + 1;
                    return Some(Cow::Borrowed(&self.src[start..i]));
                }
                b')' => nesting -= 1,
                _ => {}
            }
            i += 1;
        }
        let mut out = self.src[start..i].to_vec();
        while let Some(&c) = self.src.get(i) {
            i += 1;
            match c {
                b'(' => {
                    nesting += 1;
                    out.push(c);
                }
                b')' if nesting == 0 => {
                    self.pos = i;
                    return Some(Cow::Owned(out));
                }
                b')' => {
                    nesting -= 1;
                    out.push(c);
                }
                b'\r' => {
                    if self.src.get(i) == Some(&b'\n') {
                        i += 1;
                    }
                    out.push(b'\n');
                }
                b'\\' => {
                    let Some(&e) = self.src.get(i) else { break };
                    i += 1;
                    match e {
                        b'0'..=b'7' => {
                            let mut value = (e - b'0') as u32;
                            for _ in 0..2 {
                                match self.src.get(i) {
                                    Some(&d @ b'0'..=b'7') => {
                                        value = value * 8 + (d - b'0') as u32;
                                        i += 1;
                                    }
                                    _ => break,
                                }
                            }
                            out.push(value as u8);
                        }
                        b'\r' => {
                            if self.src.get(i) == Some(&b'\n') {
                                i += 1;
                            }
                        }
                        b'\n' => {}
                        b'n' => out.push(b'\n'),
                        b'r' => out.push(b'\r'),
                        b't' => out.push(b'\t'),
                        b'b' => out.push(b'\x08'),
                        b'f' => out.push(b'\x0C'),
                        other => out.push(other),
                    }
                }
                c => out.push(c),
            }
        }
        None
    }

    /// A hexadecimal string from its `<`: white space ignored, an odd last digit padded
    /// with 0. `None` when a character is not a digit or it does not close.
    fn hexadecimal(&mut self) -> Option<Cow<'a, [u8]>> {
        let mut i = self.pos + 1;
        let mut out = Vec::new();
        let mut high: Option<u8> = None;
        while let Some(&c) = self.src.get(i) {
            i += 1;
            if is_white(c) {
                continue;
            }
            if c == b'>' {
                if let Some(h) = high {
                    out.push(h << 4);
                }
                self.pos = i;
                return Some(Cow::Owned(out));
            }
            let d = hex(c)?;
            match high.take() {
                Some(h) => out.push(h << 4 | d),
                None => high = Some(d),
            }
        }
        None
    }

    /// Skips an inline image after `BI`: its dictionary up to `ID`, then its data up to
    /// `EI` standing between white space (or at the end). False when there is no end.
    fn inline_image(&mut self) -> bool {
        let data = self.src[self.pos..].windows(2).position(|w| w == b"ID").map(|p| self.pos + p + 2);
        let Some(data) = data else { return false };
        let rest = &self.src[data..];
        let end = rest
            .windows(3)
            .enumerate()
            .find(|&(i, w)| is_white(w[0]) && &w[1..] == b"EI" && rest.get(i + 3).is_none_or(|&c| is_white(c)))
            .map(|(i, _)| data + i + 3);
        match end {
            Some(end) => {
                self.pos = end;
                true
            }
            None => false,
        }
    }
}

/// A number token: a whole number when it has only digits after its sign.
fn number(word: &[u8]) -> Operand<'static> {
    let digits = word.strip_prefix(b"-").or_else(|| word.strip_prefix(b"+")).unwrap_or(word);
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return Operand::Other;
    }
    std::str::from_utf8(word).ok().and_then(|s| s.parse::<i64>().ok()).map_or(Operand::Other, Operand::Integer)
}

#[cfg(test)]
mod tests {
    use super::{Operand, Operations};
    use std::borrow::Cow;

    fn ops(src: &[u8]) -> Vec<(String, Vec<Operand<'_>>)> {
        let mut it = Operations::new(src);
        let mut out = Vec::new();
        while let Some(op) = it.next() {
            out.push((String::from_utf8_lossy(op.operator).into_owned(), op.operands.to_vec()));
        }
        out
    }

    #[test]
    fn text_operators_and_their_operands() {
        let src = b"BT /F1 12 Tf 72 700 Td (Pasal \\(1\\)\\101) Tj [(A) -250 (B) 3.5 (C)] TJ % a comment\n<4142 4> Tj ET";
        let got = ops(src);
        let names: Vec<&str> = got.iter().map(|(o, _)| o.as_str()).collect();
        assert_eq!(names, ["BT", "Tf", "Td", "Tj", "TJ", "Tj", "ET"]);
        assert_eq!(got[1].1, [Operand::Name(Cow::Borrowed(b"F1")), Operand::Integer(12)]);
        assert_eq!(got[3].1, [Operand::Str(Cow::Owned(b"Pasal (1)A".to_vec()))]);
        assert_eq!(
            got[4].1,
            [
                Operand::Open,
                Operand::Str(Cow::Borrowed(b"A")),
                Operand::Integer(-250),
                Operand::Str(Cow::Borrowed(b"B")),
                Operand::Other,
                Operand::Str(Cow::Borrowed(b"C")),
                Operand::Close
            ]
        );
        assert_eq!(got[5].1, [Operand::Str(Cow::Owned(b"AB@".to_vec()))]);
    }

    #[test]
    fn inline_images_dictionaries_and_broken_streams() {
        let src = b"/P <</MCID 0>> BDC BI /W 2 /H 1 /BPC 8 /CS /G ID \x00EI\xff EI Q (after) Tj";
        let names: Vec<String> = ops(src).into_iter().map(|(o, _)| o).collect();
        assert_eq!(names, ["BDC", "BI", "Q", "Tj"]);
        // A stray parenthesis ends the stream there.
        let mut it = Operations::new(b"(a) Tj ) (b) Tj");
        assert!(it.next().is_some());
        assert!(it.next().is_none());
        assert!(it.broken());
        // An unterminated string too.
        let mut it = Operations::new(b"(a Tj");
        assert!(it.next().is_none() && it.broken());
    }
}
