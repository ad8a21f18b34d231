//! Headings: article lines ("Pasal 5", "ARTICLE III - SCOPE", East Asian "第5条"), numbered
//! and heading-like lines, "Label: text" lines, and the sections a heading's title names.

use super::{alternatives, formula, Heading, Line};
use crate::check::knowledge::{self, Knowledge};
use crate::check::normalise::{self, continues_word};
use crate::model::SectionId;
use regex::Regex;
use std::sync::LazyLock;

/// An article line, written in skeleton form: an article word, a number in figures, Roman
/// numerals, words or a letter ("Section E - Benefits"), then the rest ("pasal 3 rnang
/// llngknp"). Built from the knowledge.
static ARTICLE: LazyLock<Regex> = LazyLock::new(|| {
    let k = knowledge::get();
    // (ASCII word boundaries and spaces: the Unicode ones cost milliseconds to compile, and a
    // skeleton's numbering is ASCII.)
    // (A number may carry its ordinal sign, as Portuguese and Spanish write it: "Artigo 5.º".)
    Regex::new(&format!(
        r"^(?:{})[ \t]*(?:ke[ \t]*)?(?:\([0-9]+\)|(?:[0-9]+(?:\.?[ \t]?[ºª°]|\.?[ \t]?[oa](?-u:\b))?|[lvxc]+|{}|[a-z])(?:(?-u:\b)|[ \t.:)]|$))[ \t.:\-–—)]*(.*)$",
        alternatives(&k.article_words),
        alternatives(&k.number_words)
    ))
    .expect("valid regex")
});

/// The rest of an article heading line ("pasal 3 ruang lingkup" -> "ruang lingkup"), or
/// `None` when the line is not one, or is a reference that merely starts the line.
pub fn article_line(sk: &str) -> Option<String> {
    if let Some(rest) = east_asian_article(sk) {
        return Some(rest);
    }
    // Most lines open with no article word: no regex for them.
    if !knowledge::get().article_words.iter().any(|w| sk.starts_with(w.as_str())) {
        // (Unless OCR split the word: "Art icle 2 - Areas of Cooperation".)
        let (a, rest) = sk.split_once(' ')?;
        let (b, rest) = rest.split_once(' ')?;
        let word = format!("{a}{b}");
        let split = !a.is_empty() && !b.is_empty() && knowledge::get().article_words.contains(&word);
        return split.then(|| article_line(&format!("{word} {rest}"))).flatten();
    }
    let rest = ARTICLE.captures(sk)?.get(1).map(|m| m.as_str().trim()).unwrap_or_default().to_string();
    let first = rest.split(|c: char| !c.is_alphanumeric()).next().unwrap_or_default();
    let ayat = rest.strip_prefix('(').is_some_and(|r| r.trim_start().starts_with(|c: char| c.is_ascii_digit()));
    if knowledge::get().references.iter().any(|w| w == first) || ayat || rest.starts_with(',') {
        return None;
    }
    // "Article 3 (Fruits of the Exchange)", as Japanese and Korean agreements title their
    // articles in English: the title in brackets.
    let bracketed = rest.strip_prefix(['(', '[']).and_then(|r| r.strip_suffix([')', ']'])).filter(|r| !r.contains(['(', ')']));
    // (Its translation in brackets after it: "Pasal 4 (Hasil yang Diharapkan) [第4条（期待される成果）]".)
    let translated = || {
        let (title, after) = rest.strip_prefix('(')?.split_once(')')?;
        let after = after.trim();
        (after.starts_with(['[', '(']) && after.ends_with([']', ')'])).then_some(title)
    };
    Some(bracketed.or_else(translated).map_or(rest.clone(), |r| r.trim().to_string()))
}

/// "제3조(이견의 해결) 이 변경 합의서의 ...", "第6条（協定の解除）", "第五条": Korean, Japanese and
/// Chinese number an article between 제/第 and 조/条 and title it in brackets, its text often
/// following on the same line. The title, or the text when it has none.
fn east_asian_article(sk: &str) -> Option<String> {
    let rest = sk.strip_prefix('제').or_else(|| sk.strip_prefix('第'))?.trim_start();
    // (Or in full-width digits: "第５条".)
    let digits = rest.find(|c: char| !(c.is_ascii_digit() || ('０'..='９').contains(&c) || "一二三四五六七八九十百".contains(c)))?;
    let rest = rest.get(digits..).filter(|_| digits > 0)?.trim_start().strip_prefix(['조', '条', '條'])?.trim_start();
    let title = rest.strip_prefix(['(', '（', '[', '【']).and_then(|r| r.split_once([')', '）', ']', '】'])).map(|(title, _)| title.trim());
    Some(title.unwrap_or(rest).to_string())
}

/// What follows the numbering of a line as written ("4.", "4.1", "IV.", "a)", "B.", "(3)"),
/// after a space: `NUMBERED_TEXT` without a regex.
pub(super) fn numbered_text(text: &str) -> Option<&str> {
    let b = text.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let end = if digits > 0 {
        let mut i = digits;
        while i + 1 < b.len() && b[i] == b'.' && b[i + 1].is_ascii_digit() {
            i += 1;
            i += b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        }
        if b.get(i).is_some_and(|c| *c == b'.' || *c == b')') {
            i += 1;
        }
        i
    } else if b.first() == Some(&b'(') {
        let inner = b[1..].iter().take_while(|c| c.is_ascii_alphanumeric()).count();
        if inner == 0 || b.get(1 + inner) != Some(&b')') {
            return None;
        }
        inner + 2
    } else {
        let roman = b.iter().take_while(|c| matches!(c, b'I' | b'V' | b'X' | b'L' | b'C')).count();
        if roman > 0 && b.get(roman).is_some_and(|c| *c == b'.' || *c == b')') {
            roman + 1
        } else if b.first().is_some_and(u8::is_ascii_alphabetic) && b.get(1).is_some_and(|c| *c == b'.' || *c == b')') {
            2
        } else {
            return None;
        }
    };
    let rest = &text[end..];
    let trimmed = rest.trim_start_matches([' ', '\t']);
    (trimmed.len() < rest.len()).then_some(trimmed)
}

/// The kind of numbering a line opens with, and its depth: "2." and "8." are alike, "2.1"
/// is deeper, "a." and "(1)" are other kinds.
pub(super) fn numbering(text: &str) -> Option<(char, usize)> {
    let t = text.trim_start();
    numbered_text(t)?;
    let first = t.chars().next()?;
    let kind = match first {
        '0'..='9' => '1',
        '(' => '(',
        c if c.is_lowercase() => 'a',
        _ => 'A',
    };
    let mark = t.split_whitespace().next().unwrap_or_default();
    Some((kind, mark.trim_end_matches(['.', ')']).split('.').count()))
}

/// Whether a line's text opens with numbering ("2.", "B.", "(c)", "iv.").
pub fn numbered(text: &str) -> bool {
    numbered_text(text.trim_start()).is_some()
}

/// What follows the numbering of a line in skeleton form ("4.", "4.1", "lv.", "a)", "(3)"),
/// or `None` when it has none: `NUMBERED` without a regex, as every line asks.
pub(super) fn after_numbering(sk: &str) -> Option<&str> {
    let b = sk.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let end = if digits > 0 {
        // "4", "4.1", "4.1." "4)"
        let mut i = digits;
        while i + 1 < b.len() && b[i] == b'.' && b[i + 1].is_ascii_digit() {
            i += 1;
            i += b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        }
        if b.get(i).is_some_and(|c| *c == b'.' || *c == b')') {
            i += 1;
        }
        i
    } else if b.first() == Some(&b'(') {
        let inner = b[1..].iter().take_while(|c| c.is_ascii_digit() || c.is_ascii_lowercase()).count();
        if inner == 0 || b.get(1 + inner) != Some(&b')') {
            return None;
        }
        inner + 2
    } else {
        let roman = b.iter().take_while(|c| matches!(c, b'l' | b'v' | b'x' | b'c')).count();
        if roman > 0 && b.get(roman).is_some_and(|c| *c == b'.' || *c == b')') {
            roman + 1
        } else if b.first().is_some_and(u8::is_ascii_lowercase) && b.get(1).is_some_and(|c| *c == b'.' || *c == b')') {
            2
        } else {
            return None;
        }
    };
    Some(sk[end..].trim_start_matches([' ', '\t']))
}

/// A numbered heading, in skeleton form: "4.", "4.1", "lv.", "a)", "(3)".
#[cfg(test)]
static NUMBERED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:[0-9]+(?:\.[0-9]+)*[.)]?|[lvxc]+[.)]|[a-z][.)]|\([0-9a-z]+\))[ \t]*(.*)$").expect("valid regex"));

/// The same numbering, on the text as written, with what follows.
#[cfg(test)]
static NUMBERED_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[0-9]+(?:\.[0-9]+)*[.)]?|[IVXLC]+[.)]|[A-Za-z][.)]|\([0-9A-Za-z]+\))[ \t]+(.*)$").expect("valid regex")
});

/// A numbered label inside a long line, as a flattened page runs its headings into the text:
/// "... 3.3 Results: the results ...", "2.1 Overall Objective(s):".
/// Also "... 1. Term. This MOU will ...": a number, a short title and a full stop.
static EMBEDDED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[ \t])(?:[0-9]+(?:\.[0-9]+)+\.?[ \t]+([A-Z][A-Za-z()' /-]{2,48}?)[ \t]*:|[0-9]{1,2}\.[ \t]+([A-Z][A-Za-z' -]{2,40}?)\.[ \t]+[A-Z])")
        .expect("valid regex")
});

/// A line without its parenthetical notes: "Timeline and Key Milestones (for both ...)".
fn without_notes(line: &str) -> std::borrow::Cow<'_, str> {
    static NOTE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[ \t]*\([^()]*\)[ \t]*").expect("valid regex"));
    if line.contains('(') {
        NOTE.replace_all(line, " ")
    } else {
        line.into()
    }
}

/// An article heading inside a long line, as a flattened scan runs them into the text:
/// "... sebagai berikut: PASAL 2 RUANG LINGKUP Ruang lingkup ini meliputi ...". The title is
/// the run of capitalised words after the number.
static EMBEDDED_ARTICLE: LazyLock<Regex> = LazyLock::new(|| {
    let k = knowledge::get();
    let words = k
        .article_words
        .iter()
        .filter(|w| w.chars().all(|c| c.is_ascii_alphabetic()))
        .map(|w| regex::escape(w))
        .collect::<Vec<_>>()
        .join("|");
    // The article word in any case; the title in capitals. (ASCII classes: fast to compile.)
    Regex::new(&format!(
        r"(?:^|[.;:][ \t]+|[ \t])(?i:{words})[ \t]*(?:[0-9]+|[IVXLC]+)[.:]?[ \t]+((?:[A-Z][A-Z,/&'-]+[ \t]+){{0,7}}[A-Z][A-Z'-]+)(?-u:\b)"
    ))
    .expect("valid regex")
});

/// A short line of two words or more in title case: every word of four letters or more
/// but the function words opens with a capital ("Luaran yang Diharapkan", "Expected
/// Results"), two of them at least.
fn title_case(line: &str, k: &Knowledge) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let long: Vec<&&str> = words
        .iter()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4 && !k.function_words.iter().any(|f| f == *w))
        .collect();
    (2..=8).contains(&words.len())
        && long.len() >= 2
        && long.iter().all(|w| w.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase))
        && !line.trim_end().ends_with(['.', ',', ';'])
}

pub(in crate::check) fn heading_like(line: &str) -> bool {
    // (Not a piece of a note in brackets broken over lines: `MoU induk berakhir 2026"]`.)
    if line.contains('[') != line.contains(']') {
        return false;
    }
    // A heading in two languages, side by side: "3. Why this matters for Pekalongan /
    // Manfaat bagi Kota Pekalongan" is two headings of one section, each judged alone.
    if let Some((a, b)) = line.split_once(" / ").filter(|(a, b)| !b.contains(" / ") && a.contains(' ') && b.contains(' ')) {
        // (Numbered, or both halves in title case: not a sentence that names two parties
        // with a slash.)
        let marked = numbered(line) || [a, b].iter().all(|h| title_case(h, knowledge::get()));
        if marked && line.split_whitespace().nth(9).is_some() {
            return heading_like(a) && heading_like(b) && !line.trim_end().ends_with('.');
        }
    }
    // Long lines first, before anything is built.
    if line.split_whitespace().nth(9).is_some() && !line.contains('(') {
        return false;
    }
    let line = without_notes(line);
    let line = line.trim();
    let words = line.split_whitespace().count();
    if words == 0 || words > 9 || line.ends_with(',') || line.ends_with(';') {
        return false;
    }
    let (letters, upper) = line.chars().filter(|c| c.is_alphabetic()).fold((0, 0), |(n, u), c| (n + 1, u + c.is_uppercase() as usize));
    let mostly_upper = letters > 0 && upper * 10 >= letters * 7;
    // The first letter or digit, past an opening bracket or a bullet: "(2) Bidang Kerja Sama";
    // a script without case (Korean, Japanese, Chinese) counts as capitalised.
    // (Past a numbering in lower case too: "e. Ruang Lingkup Kerja Sama", as a plan lists the
    // items of Pasal 30 ayat (3) by their letters.)
    let first = numbered_text(line).unwrap_or(line).chars().find(|c| c.is_alphanumeric());
    let capital = |c: char| c.is_uppercase() || c.is_ascii_digit() || (c.is_alphabetic() && !c.is_lowercase());
    // (A heading may ask its question: "4. Apa manfaatnya bagi warga dan pemerintah?", or
    // run to nine words in title case: "2. Dampak yang Diharapkan bagi Daerah dan Warga", or
    // in a numbered sentence's case: "6. Why this matters for Makassar - expected benefits".)
    // (Numbered with a dot or a bracket, one clause: not "2 (dua) kegiatan, masing-masing
    // ..." in a table's cell.)
    let numbered = numbered_text(line);
    let sentence_case =
        numbered.is_some() && line.split_whitespace().next().is_some_and(|n| n.ends_with(['.', ')'])) && !line.contains([',', ';']);
    mostly_upper
        || (!line.ends_with('.')
            && (words <= 6 || line.ends_with('?') || sentence_case || title_case(numbered.unwrap_or(line), knowledge::get()))
            && first.is_some_and(capital))
}

/// The words of a line's text that open it in capitals, after its numbering: "OUTPUT DAN
/// OUTCOME" in "C. OUTPUT DAN OUTCOME (Berisi target ...)". Only when text follows them.
fn capital_run(text: &str) -> Option<String> {
    let rest = numbered_text(text)?;
    let words: Vec<&str> = rest.split_whitespace().collect();
    let caps = |w: &&str| {
        let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
        !letters.is_empty() && letters.iter().all(|c| c.is_uppercase()) && !w.starts_with('(')
    };
    let n = words.iter().take_while(|w| caps(w)).count();
    let long_word = words[..n].iter().any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4);
    ((1..=8).contains(&n) && n < words.len() && long_word).then(|| words[..n].join(" "))
}

/// Headings and their titles: numbered article lines take their title from the same line,
/// or from the next (or previous) short line.
pub fn headings(lines: &[Line]) -> Vec<Heading> {
    let sk = normalise::skeleton;
    let know = knowledge::get();
    let mut out = Vec::new();
    // The lines a heading wrapped onto, already part of its title.
    let mut joined = 0;
    for (k, l) in lines.iter().enumerate() {
        let line = &l.text;
        if k < joined || formula(l, know) {
            continue;
        }
        // Article headings run into a long line, as a flattened scan gives them; the line
        // may itself open with one.
        if line.len() > 200 {
            // (The one that opens the line is its article heading, read above.)
            let opens = article_line(&l.sk).is_some();
            for c in
                EMBEDDED_ARTICLE.captures_iter(line).filter(|c| !(opens && c.get(0).is_some_and(|m| line[..m.start()].trim().is_empty())))
            {
                let title = c.get(1).map(|m| m.as_str()).unwrap_or_default();
                out.push(Heading {
                    index: k,
                    title: sk(title),
                    text: c.get(0).map(|m| m.as_str().trim()).unwrap_or_default().into(),
                    run_in: false,
                    article: true,
                });
            }
            for c in EMBEDDED.captures_iter(line) {
                let title = c.get(1).or(c.get(2)).map(|m| m.as_str()).unwrap_or_default();
                out.push(Heading {
                    index: k,
                    title: sk(title),
                    text: c.get(0).map(|m| m.as_str().trim()).unwrap_or_default().into(),
                    run_in: false,
                    article: false,
                });
            }
        }
        // A Japanese item's number and its title in brackets, alone on the line: "４（成果指標）",
        // "１（事業内容）".
        if let Some(title) = bracketed_item_title(line.trim()) {
            out.push(Heading { index: k, title: sk(title), text: line.trim().to_string(), run_in: false, article: false });
            continue;
        }
        // A bilingual heading: "KIFUNGU CHA 3 - MANUFAA / ARTICLE 3 - GAINS FOR THE TWO
        // COMMUNITIES": each half is a heading when one is an article heading.
        // (Not a short heading, read whole; a long one may be heading-like by its halves.)
        if let Some((a, b)) = l.text.split_once(" / ").filter(|_| line.split_whitespace().nth(9).is_some() || !heading_like(line)) {
            let halves = [a, b].map(|h| (h, sk(h)));
            if halves.iter().any(|(_, s)| article_line(s).is_some_and(|r| !r.is_empty())) {
                for (h, s) in halves {
                    if let Some(rest) = article_line(&s).filter(|r| !r.is_empty() && r.split_whitespace().count() <= 10) {
                        out.push(Heading { index: k, title: rest, text: h.trim().to_string(), run_in: false, article: true });
                    }
                }
                continue;
            }
        }
        // A clause numbered by an ordinal word alone: "SEVENTH. Interpretation and disputes.".
        if let Some(title) = ordinal_heading(&l.sk, know) {
            out.push(Heading { index: k, title, text: line.clone(), run_in: false, article: true });
            continue;
        }
        if let Some(rest) = article_line(&l.sk) {
            let is_article = |l: &Line| article_line(&l.sk).is_some();
            if !rest.is_empty() {
                let words: Vec<&str> = rest.split_whitespace().collect();
                if words.len() <= 10 {
                    out.push(Heading { index: k, title: rest.clone(), text: line.clone(), run_in: false, article: true });
                } else {
                    // "PASAL 1 TUJUAN Tujuan dari Memorandum ...": the title ran into the text.
                    out.push(Heading { index: k, title: words[..6].join(" "), text: line.clone(), run_in: true, article: true });
                }
            } else {
                // "Pasal 3" alone: its title is the next short line, or the one before it.
                // (In brackets too, as Italian and Spanish drafts set it: "Articolo 5" /
                // "(Durata)".)
                let unbracketed = |t: &str| t.trim().trim_start_matches(['(', '[']).trim_end_matches([')', ']']).trim().to_string();
                if let Some(next) = lines.get(k + 1).filter(|n| heading_like(&unbracketed(&n.text)) && !is_article(n)) {
                    out.push(Heading {
                        index: k,
                        title: unbracketed(&next.sk),
                        text: format!("{line} {}", next.text),
                        run_in: false,
                        article: true,
                    });
                }
                // (Not the title of the article above, "Pasal 5" / "JANGKA WAKTU" / "Pasal 6",
                // when the text between was a note left out.)
                // (A chapter's label above is no article's: "BAB VI" / "TARGET KINERJA" /
                // "Pasal 6" titles article 6.)
                let label = |l: &Line| l.sk.split_whitespace().next().map(str::to_string);
                let titles_above = |p: usize| {
                    p.checked_sub(1)
                        .is_some_and(|q| article_line(&lines[q].sk).is_some_and(|r| r.is_empty()) && label(&lines[q]) == label(l))
                };
                if let Some(prev) = k
                    .checked_sub(1)
                    .filter(|&p| !titles_above(p))
                    .map(|p| &lines[p])
                    .filter(|p| heading_like(&p.text) && !is_article(p) && !p.text.trim_end().ends_with(':'))
                {
                    out.push(Heading {
                        index: k,
                        title: prev.sk.clone(),
                        text: format!("{} {line}", prev.text),
                        run_in: false,
                        article: true,
                    });
                }
            }
            continue;
        }
        // "5. Ruang lingkup: (a) pariwisata; ..." - a short label before a colon is a heading.
        // (Not the end of a sentence wrapped from the line before: "... dalam" / "bidang-bidang
        // berikut:".)
        // (An item's letter is no lowercase word: "f. Sumber pembiayaan: ...; dan" / "g. Jangka
        // waktu pelaksanaan: 5 (lima) tahun ...".)
        let wrapped_into = k > 0
            && line.trim_start().starts_with(char::is_lowercase)
            && numbered_text(line.trim_start()).is_none()
            && !lines[k - 1].text.trim_end().ends_with(['.', ':', ';'])
            && !lines[k - 1].styled;
        if let Some((label, _)) = l.sk.split_once(':').filter(|_| !wrapped_into) {
            let label = after_numbering(label).unwrap_or(label).trim().to_string();
            let formula = knowledge::get().formulas_as_follows.iter().any(|f| label.ends_with(f.as_str()));
            // (Nor a note's label after a sentence's end: "Activities. [GUIDANCE: If ...".)
            let after_sentence = label.contains(". ") || label.contains(['[', '(']) && !label.contains([']', ')']);
            if (1..=5).contains(&label.split_whitespace().count()) && !formula && !after_sentence {
                out.push(Heading { index: k, title: label, text: line.clone(), run_in: false, article: false });
                continue;
            }
        }
        // A short line whose sentence goes on in lowercase on the next is a wrapped line.
        // (Not a list under it: "a. pelestarian adat ..."; nor a heading in title case, as
        // a table's column heading read down its column: "Luaran yang Diharapkan" / "peta
        // mikrozonasi ...".)
        let wrapped = !line.trim_end().ends_with(':')
            && !title_case(line, know)
            && lines.get(k + 1).is_some_and(|n| {
                let t = n.text.trim_start();
                t.chars().next().is_some_and(char::is_lowercase) && !n.styled && numbered_text(t).is_none()
            });
        // (Nor a sentence broken off on a word that leads on, "Biaya pelaksanaan kegiatan ini
        // dibebankan pada" where a copy was cut; a heading wrapped after "DAN" goes on below.)
        // (Nor the end of a heading's word broken off it: "JANGKA WAKTU PELAKSANA AN" ends in
        // "pelaksanaan", not in the article "an".)
        let broken_off = || {
            let mut words = l.sk.rsplit(' ');
            let last = words.next().unwrap_or_default();
            let before = words.next();
            let word_end = || before.is_some_and(|before| know.head_words.contains(&format!("{before}{last}")));
            know.open_ends.iter().any(|w| w == last) && !know.title_separators.iter().any(|sep| sep.trim() == last) && !word_end()
        };
        if l.styled || (heading_like(line) && !wrapped && !initialled_name(line) && !broken_off()) {
            let bare = match without_notes(line) {
                std::borrow::Cow::Borrowed(_) => l.sk.clone(),
                std::borrow::Cow::Owned(s) => sk(&s),
            };
            let mut title = match after_numbering(&bare) {
                Some(rest) => rest.to_string(),
                None => bare,
            };
            // A heading wrapped after "DAN", "AND" or a comma ("III. PURPOSE, OBJECTIVES AND"
            // / "TARGETS", a narrow column's lines) goes on on the next line.
            let mut text = line.clone();
            joined = k + 1;
            while let Some(next) = lines.get(joined).filter(|n| {
                let t = title.trim_end();
                know.title_separators.iter().any(|sep| t.ends_with(sep.trim_end()) && sep.starts_with(' ') || t.ends_with(','))
                    && heading_like(&n.text)
                    && numbered_text(n.text.trim_start()).is_none()
                    && article_line(&n.sk).is_none()
            }) {
                title = format!("{} {}", title.trim_end(), next.sk);
                text = format!("{text} {}", next.text.trim());
                joined += 1;
            }
            out.push(Heading { index: k, title, text, run_in: false, article: false });
            continue;
        }
        if let Some(run) = capital_run(line) {
            out.push(Heading { index: k, title: sk(&run), text: line.clone(), run_in: false, article: false });
            continue;
        }
    }
    out
}

/// The title of an item numbered in digits (full-width or not) and titled in brackets, alone
/// on its line: "４（成果指標）" gives "成果指標"; `None` for any other line.
fn bracketed_item_title(line: &str) -> Option<&str> {
    let digits = line.find(|c: char| !(c.is_ascii_digit() || ('０'..='９').contains(&c)))?;
    let rest = line.get(digits..).filter(|_| digits > 0)?;
    let inner = rest.strip_prefix(['（', '('])?.strip_suffix(['）', ')'])?;
    (!inner.is_empty() && inner.chars().count() <= 20 && !inner.contains(['（', '(', '）', ')'])).then_some(inner)
}

/// What follows the "@" of each word of `text` that names a mailbox ("protokol.setda@kota.go.id"
/// gives "kota.go.id"; "vandalen@[ihs e-mail]" gives "[ihs e-mail]").
pub(in crate::check) fn mail_domains(text: &str) -> impl Iterator<Item = &str> {
    text.split_whitespace().filter_map(|w| w.split_once('@')).filter(|(who, _)| !who.is_empty()).map(|(_, at)| at)
}

/// The title of a clause numbered by an ordinal word and a full stop ("seventh.
/// interpretation and disputes."), up to ten words.
pub(in crate::check) fn ordinal_heading(sk: &str, k: &Knowledge) -> Option<String> {
    // ("TERCERA.- BENEFICIOS ESPERADOS. Las Partes ...": a dash after the dot, and the
    // clause's text after its title on the same line.)
    // ("SEGUNDO: OBJETO.": a colon after the word.)
    let (first, rest) = sk.split_once(['.', ':'])?;
    if !k.ordinal_labels.iter().any(|o| o == first) || !rest.starts_with([' ', '-', '–', '—']) {
        return None;
    }
    let rest = rest.trim_start_matches(['-', '–', '—', ' ']);
    let title = rest.split_once(". ").map_or(rest, |(title, _)| title).trim().trim_end_matches('.').trim();
    (!title.is_empty() && title.split_whitespace().count() <= 10).then(|| title.to_string())
}

/// A person's name with an initial, as a signature block prints it ("Dana R. Whitcomb",
/// "ANDI S. PUTRA"): two to four capitalised words, one of them a single letter and a dot.
/// Not a heading, whatever its first word means ("dana" is funds).
fn initialled_name(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let initial = |w: &str| w.len() == 2 && w.starts_with(|c: char| c.is_uppercase()) && w.ends_with('.');
    (3..=4).contains(&words.len())
        && words.iter().all(|w| w.starts_with(|c: char| c.is_uppercase()))
        && words[1..words.len() - 1].iter().any(|w| initial(w))
}

/// The parts of a title: itself, and what follows "dan", "and", "&", "," or "/" in it.
fn parts<'a>(title: &'a str, k: &Knowledge) -> Vec<&'a str> {
    let mut parts = vec![title];
    for sep in &k.title_separators {
        for (n, piece) in title.split(sep.as_str()).enumerate() {
            if n > 0 {
                parts.push(piece.trim());
            }
        }
    }
    parts
}

/// The sections a heading title names. A head names its section at the start of the title
/// or of a part after "dan"/"and"; a distinctive head (seven letters or more, or two words)
/// also after a qualifier in a short title ("Sumber Pendanaan", "Mutual Benefits"), unless a
/// word before it makes it something else ("Penerima Manfaat"); short single words ("term",
/// "field", "cost") count only at the start, where they are headings. A generic head
/// ("targets") names its section only when the heading names no other: in "PURPOSE,
/// OBJECTIVES AND TARGETS" the targets are the objective's (the "sasaran" of Pasal 30 ayat
/// (3) huruf c), not outputs. A title run into its text names only by its start. All the
/// heads are in one automaton (`Knowledge::head_index`): a title is read once.
pub(super) fn named(title: &str, run_in: bool, k: &Knowledge) -> Vec<SectionId> {
    let index = &k.head_index;
    let short = title.split_whitespace().count() <= 6;
    let (mut normal, mut alone): (Vec<usize>, Vec<usize>) = (Vec::new(), Vec::new());
    let parts = if run_in { vec![title] } else { parts(title, k) };
    for p in &parts {
        let matches: Vec<(usize, usize, usize)> = index.phrases.raw_matches(p).collect();
        for &(pat, start, end) in &matches {
            let (owner, h, is_alone) = (index.owners[pat], &index.texts[pat], index.alone[pat]);
            let section = &k.sections[owner];
            let rest = &p[end..];
            // (What follows the longest head of the section there: "Dispute Resolution
            // Workshop" is a workshop, though "Dispute" alone is followed by "Resolution".)
            let longest = matches.iter().filter(|m| m.1 == start && index.owners[m.0] == owner).map(|m| m.2).max().unwrap_or(end);
            let rest_of_longest = &p[longest..];
            // A whole word, or with a plural or "-nya" ("Benefits", "Pembiayaannya"), or a stem.
            // (Japanese and Chinese: a head ends where a separator such as "及び" starts.)
            let word_end = |r: &str| {
                r.is_empty()
                    || !r.starts_with(continues_word)
                    || k.title_separators.iter().any(|x| !x.starts_with(' ') && r.starts_with(x.as_str()))
            };
            let boundary =
                word_end(rest) || ["s", "es", "nya"].iter().any(|x| rest.strip_prefix(x).is_some_and(word_end)) || index.stem[pat];
            let followed = |r: &str| section.not_after.iter().any(|x| r.trim_start().starts_with(x.trim_start()));
            if !boundary || followed(rest) || followed(rest_of_longest) {
                continue;
            }
            if start == 0 {
                // Generic heads at the start of a part only ("LOKASI DAN TARGET PRODUKSI"),
                // and only when no other head is named.
                if is_alone {
                    alone.push(owner);
                } else {
                    normal.push(owner);
                }
            } else if !is_alone && !run_in && short && p[..start].ends_with(' ') {
                let before = p[..start].trim_end();
                // Short single words ("scope", "field") only after a qualifier that leaves
                // them what they are ("Proposed Scope").
                let qualified = || before.split(' ').all(|w| k.head_qualifiers.iter().any(|q| q == w));
                // (Nor after the question a plain-language heading asks: "What Semarang gains".)
                let question = || p.starts_with("what ");
                if !(h.len() >= 7 || h.contains(' ') || qualified() || question()) {
                    continue;
                }
                if !section.not_before.iter().any(|x| before.ends_with(x.as_str())) {
                    normal.push(owner);
                }
            }
        }
    }
    let mut chosen = if normal.is_empty() { alone } else { normal };
    // A head that OCR broke into two or three pieces ("KE LUARAN", "PEM BIAYAAN"): the
    // pieces joined are the whole head, exactly.
    let pieces = title.split_whitespace().count();
    if chosen.is_empty() && !run_in && (2..=3).contains(&pieces) {
        let joined: String = title.split_whitespace().collect();
        if joined.chars().count() >= 6 {
            chosen
                .extend((0..index.texts.len()).filter(|&pat| index.texts[pat] == joined && !index.alone[pat]).map(|pat| index.owners[pat]));
        }
    }
    chosen.sort_unstable();
    chosen.dedup();
    chosen.into_iter().map(|i| k.sections[i].id).collect()
}

#[cfg(test)]
mod tests {
    /// The numbering read by hand is the numbering the regex reads.
    #[test]
    fn numbering_without_a_regex_equals_the_regex() {
        for line in [
            "4. rnang",
            "4.1 rnang",
            "4.1. rnang",
            "4) x",
            "12",
            "lv. pembiayaan",
            "a) x",
            "(3) bidang",
            "(a)x",
            "pasal 3",
            "v.",
            "ab. x",
            "(3 x",
            "3.x",
            "l)",
        ] {
            let regex = super::NUMBERED.captures(line).and_then(|c| c.get(1)).map(|m| m.as_str());
            assert_eq!(super::after_numbering(line), regex, "{line}");
        }
        for line in [
            "4. Ruang",
            "4.1 Ruang",
            "IV. SCOPE",
            "a) x",
            "B. KELUARAN",
            "(3) Bidang",
            "(a)x",
            "Pasal 3",
            "12",
            "V.",
            "ab. x",
            "4.x",
            "C) y",
            "IVX) z",
        ] {
            let regex = super::NUMBERED_TEXT.captures(line).and_then(|c| c.get(1)).map(|m| m.as_str());
            assert_eq!(super::numbered_text(line), regex, "{line}");
        }
    }
}
