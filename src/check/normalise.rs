//! Text normalisation for matching headings in messy drafts: case, accents, OCR letter
//! confusions, the old Indonesian spelling, glued or doubled spaces.

/// A lowercase "skeleton" of a line in which the usual confusions collapse:
/// OCR's `1`/`l`/`I`/`|` -> `l`, `0` -> `o` inside words, `rn` -> `m`, `q` -> `g`,
/// `u` -> `n`, `i` -> `l`; the old spelling `dj` -> `j`, `tj` -> `c`, `oe` -> `u`, `ch` -> `kh`, `j` ->
/// `y` (before 1972 `j` was written for today's `y`); digits glued to words are split off,
/// runs of spaces become one, and "kerjasama" is "kerja sama". Keywords go through the same
/// function, so they match.
pub fn skeleton(line: &str) -> String {
    let line = &*ligatures(line);
    let line =
        unspace(line.trim_start_matches(['*', '_', '#', '>', '•', '-', '–', '—', '=', '~', '·', ' ']).trim_end_matches(['*', '_', ' ']));
    // A word broken by a hyphen at a line end, joined by OCR or a copy: "diselesai- kan".
    let line: std::borrow::Cow<'_, str> = if line.contains("- ") { dehyphenate(&line).into() } else { line };
    // One pass over the characters: OCR's digits for letters, lowercase, accents, a digit
    // glued to a word split off, and `dj` -> `j`, `tj` -> `c` as the letters come; then the
    // other folds (`fold`). Most lines are ASCII: the same on bytes, faster.
    if line.is_ascii() {
        let b = line.as_bytes();
        let mut s: Vec<char> = Vec::with_capacity(b.len());
        for (i, &c) in b.iter().enumerate() {
            let prev = if i > 0 { b[i - 1] } else { b' ' };
            let next = b.get(i + 1).copied().unwrap_or(b' ');
            let in_word = prev.is_ascii_alphabetic() || next.is_ascii_alphabetic();
            // (And a zero that opens a word of letters: "0utput", "0ktober".)
            let opens = !prev.is_ascii_alphanumeric() && next.is_ascii_alphabetic() && b.get(i + 2).is_some_and(u8::is_ascii_alphabetic);
            let mapped = match c {
                b'1' | b'|' | b'!' if in_word => b'l',
                b'0' if (prev.is_ascii_alphabetic() && next.is_ascii_alphabetic()) || opens => b'o',
                c => c,
            };
            push_letter(&mut s, mapped.to_ascii_lowercase() as char);
        }
        return fold(&s);
    }
    let mut s: Vec<char> = Vec::with_capacity(line.len());
    let mut chars = line.chars().peekable();
    let mut prev = ' ';
    while let Some(c) = chars.next() {
        let next = chars.peek().copied().unwrap_or(' ');
        let in_word = prev.is_alphabetic() || next.is_alphabetic();
        let opens = c == '0' && !prev.is_alphanumeric() && next.is_alphabetic() && chars.clone().nth(1).is_some_and(char::is_alphabetic);
        let mapped = match c {
            '1' | '|' | '!' if in_word => 'l',
            '0' if (prev.is_alphabetic() && next.is_alphabetic()) || opens => 'o',
            c => c,
        };
        prev = c;
        if mapped.is_ascii() {
            push_letter(&mut s, mapped.to_ascii_lowercase());
        } else {
            for lc in mapped.to_lowercase() {
                unaccented(lc, |c| push_letter(&mut s, c));
            }
        }
    }
    fold(&s)
}

/// A Latin letter without its accents ("ş" -> "s", "ệ" -> "e", the dot of Turkish "İ"
/// lowercased), and the letters no decomposition reaches ("ı", "đ", "ø", "ł"); other scripts
/// as they are (Hangul and kana decompose too, and their skeletons keep them whole).
fn unaccented(c: char, mut out: impl FnMut(char)) {
    use unicode_normalization::char::{decompose_canonical, is_combining_mark};
    match c {
        'ı' => out('i'),
        'đ' => out('d'),
        'ø' => out('o'),
        'ł' => out('l'),
        c if is_combining_mark(c) && ('\u{0300}'..='\u{036F}').contains(&c) => {}
        c if c < '\u{0250}' || ('\u{1E00}'..='\u{1EFF}').contains(&c) => decompose_canonical(c, |d| {
            if !is_combining_mark(d) {
                out(d)
            }
        }),
        c => out(c),
    }
}

/// The letters a font's ligature glyph stands for ("Beneﬁts": benefits), as a PDF's text
/// may keep the glyph's code point.
fn ligatures(line: &str) -> std::borrow::Cow<'_, str> {
    if !line.contains(['\u{FB00}', '\u{FB01}', '\u{FB02}', '\u{FB03}', '\u{FB04}']) {
        return std::borrow::Cow::Borrowed(line);
    }
    std::borrow::Cow::Owned(
        line.replace('\u{FB00}', "ff")
            .replace('\u{FB01}', "fi")
            .replace('\u{FB02}', "fl")
            .replace('\u{FB03}', "ffi")
            .replace('\u{FB04}', "ffl"),
    )
}

/// Pushes a lowercase character: a digit glued to a word ("pasal5", "article3") is split
/// off; the old spelling's `dj` becomes `j` and `tj` becomes `c` as the `j` comes.
#[inline]
fn push_letter(s: &mut Vec<char>, lc: char) {
    let last = s.last().copied();
    if (lc.is_ascii_digit() && last.is_some_and(char::is_alphabetic))
        || (lc.is_alphabetic() && last.is_some_and(|p| p.is_ascii_digit()) && s.len() > 1)
    {
        s.push(' ');
    }
    match (last, lc) {
        (Some('d'), 'j') => *s.last_mut().expect("a last character") = 'j',
        (Some('t'), 'j') => *s.last_mut().expect("a last character") = 'c',
        _ => s.push(lc),
    }
}

/// The other letter folds of `skeleton`, in one pass: `oe` -> `u`, `ch` -> `kh`, `rn` -> `m`,
/// and `q` -> `g`, `j` -> `y`, `u` -> `n`, `i` -> `l` (uppercase I read as lowercase l and the
/// reverse: both fold to l); runs of white space become one space, none at the ends. The same
/// result as string replacements applied one after the other, on any text where no fold
/// makes a new pair for a later one (such as "tdj"), which no word has.
fn fold(a: &[char]) -> String {
    let mut out = String::with_capacity(a.len());
    let mut space = false;
    let mut push = |c: char, out: &mut String| {
        if c.is_whitespace() {
            space = !out.is_empty();
            return;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(c);
    };
    let mut i = 0;
    while i < a.len() {
        let (c, next) = (a[i], a.get(i + 1).copied());
        match (c, next) {
            ('o', Some('e')) => {
                push('n', &mut out);
                i += 2;
                continue;
            }
            ('c', Some('h')) => {
                push('k', &mut out);
                push('h', &mut out);
                i += 2;
                continue;
            }
            ('r', Some('n')) => {
                push('m', &mut out);
                i += 2;
                continue;
            }
            _ => {}
        }
        push(
            match c {
                'q' => 'g',
                'j' => 'y',
                'u' => 'n',
                'i' => 'l',
                c => c,
            },
            &mut out,
        );
        i += 1;
    }
    // "kerjasama", the spelling of one word that many drafts use, is "kerja sama" (KBBI):
    // both have one skeleton, so "lapangan kerjasama" is "lapangan kerja sama".
    if out.contains(GLUED) {
        out = out.replace(GLUED, "kerya sama");
    }
    out
}

/// The skeleton of "kerjasama".
const GLUED: &str = "keryasama";

/// "diselesai- kan" -> "diselesaikan": a hyphen and a space between a letter and a
/// lowercase letter. "Pasal 3 - Ruang Lingkup" and "people- to-people" keep theirs only when
/// a space or a capital stands on either side.
fn dehyphenate(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '-'
            && i > 0
            && chars[i - 1].is_alphabetic()
            && chars.get(i + 1) == Some(&' ')
            && chars.get(i + 2).is_some_and(|c| c.is_lowercase())
        {
            i += 2;
            continue;
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// Whether `c` goes on the word before it: a letter or digit of a script that separates its
/// words with spaces. Chinese, Japanese and Thai put no space between words ("有效期五年",
/// "この協定を解除することができる"): a phrase of theirs is whole wherever it occurs.
pub fn continues_word(c: char) -> bool {
    c.is_alphanumeric() && !unspaced(c)
}

/// Whether `c` is a letter of Japanese, Chinese or Korean.
pub fn east_asian(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{AC00}'..='\u{D7AF}')
}

fn unspaced(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}' // Hiragana, Katakana
        | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' // Han
        | '\u{0E00}'..='\u{0EFF}' // Thai, Lao
        | '\u{1000}'..='\u{109F}' | '\u{1780}'..='\u{17FF}') // Myanmar, Khmer
}

/// Whether `hay[start..end]` stands as whole words: no letter or digit of a spaced script
/// runs on before or after it.
fn whole_at(hay: &str, start: usize, end: usize) -> bool {
    !hay[..start].chars().next_back().is_some_and(continues_word) && !hay[end..].chars().next().is_some_and(continues_word)
}

/// Whether `hay` opens with `needle` as whole words (both already skeletons).
pub fn starts_with_words(hay: &str, needle: &str) -> bool {
    hay.strip_prefix(needle).is_some_and(|rest| rest.chars().next().is_none_or(|c| !continues_word(c)))
}

/// Whether `needle` occurs in `hay` as whole words (both already skeletons).
pub fn contains_words(hay: &str, needle: &str) -> bool {
    word_matches(hay, needle).next().is_some()
}

/// Where `needle` occurs in `hay` as whole words (both already skeletons).
pub fn word_matches<'a>(hay: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    hay.match_indices(needle).filter(move |_| !needle.is_empty()).map(|(i, _)| i).filter(move |&i| whole_at(hay, i, i + needle.len()))
}

/// A set of phrases searched in one pass over a line: whether any of them occurs as whole
/// words. The phrases go through `skeleton` once; the lines searched are skeletons.
///
/// The automata are built on first use: the knowledge holds some 140 sets (most of them
/// the word sets of statements), and a check needs only those of the sections a draft does
/// not name by a heading. Built all at once they took 5-7 ms of every process that checks.
pub struct Phrases {
    /// The phrases as written or as skeletons, until the first search reads them.
    source: Source,
    automaton: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>>,
    /// Leftmost-longest matching, without overlaps, for counting the items of a list.
    longest: Option<std::sync::OnceLock<Option<aho_corasick::AhoCorasick>>>,
}

/// What a set of phrases is built from.
enum Source {
    /// As written: each goes through `skeleton` when the automaton is built.
    Written(Vec<String>),
    /// Already skeletons, in this order.
    Skeletons(Vec<String>),
}

impl Phrases {
    pub fn new<S: AsRef<str>>(phrases: &[S]) -> Phrases {
        Phrases {
            source: Source::Written(phrases.iter().map(|p| p.as_ref().to_string()).collect()),
            automaton: std::sync::OnceLock::new(),
            longest: None,
        }
    }

    /// Phrases already in skeleton form, in this order: pattern `n` of a match is `phrases[n]`.
    pub fn from_skeletons(phrases: &[String]) -> Phrases {
        Phrases { source: Source::Skeletons(phrases.to_vec()), automaton: std::sync::OnceLock::new(), longest: None }
    }

    /// The phrases as skeletons, the empty ones left out (as the automata number them).
    fn skeletons(&self) -> Vec<String> {
        match &self.source {
            Source::Written(written) => written.iter().map(|p| skeleton(p)).filter(|p| !p.is_empty()).collect(),
            Source::Skeletons(sk) => sk.clone(),
        }
    }

    /// The automaton of overlapping matches. Building fails only beyond the automaton's
    /// size limits, far above a few hundred phrases. A contiguous NFA: built in a fraction
    /// of the time of a DFA and nearly as fast to search.
    fn automaton(&self) -> Option<&aho_corasick::AhoCorasick> {
        self.automaton
            .get_or_init(|| {
                let phrases = self.skeletons();
                (!phrases.is_empty()).then(|| {
                    aho_corasick::AhoCorasick::builder()
                        .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
                        .build(&phrases)
                        .expect("a few hundred phrases")
                })
            })
            .as_ref()
    }

    /// Every occurrence of the phrases in `hay`, whole words or not, as (pattern, start, end).
    pub fn raw_matches<'a>(&'a self, hay: &'a str) -> impl Iterator<Item = (usize, usize, usize)> + 'a {
        self.automaton().into_iter().flat_map(move |a| a.find_overlapping_iter(hay).map(|m| (m.pattern().as_usize(), m.start(), m.end())))
    }

    /// Phrases that can also be read as the items of a list (`items`).
    pub fn longest<S: AsRef<str>>(phrases: &[S]) -> Phrases {
        Phrases { longest: Some(std::sync::OnceLock::new()), ..Phrases::new(phrases) }
    }

    /// The longest run of distinct phrases in `hay` that reads as a list: whole words, no
    /// overlaps, each next to the one before it with only a separator ("," ";" "dan" "and"
    /// "serta" "&" "/") and a few words between ("education, culture and the arts").
    pub fn items(&self, hay: &str, separators: &[String]) -> usize {
        let Some(cell) = &self.longest else { return 0 };
        let built = cell.get_or_init(|| {
            let sk = self.skeletons();
            (!sk.is_empty()).then(|| {
                aho_corasick::AhoCorasick::builder()
                    .match_kind(aho_corasick::MatchKind::LeftmostLongest)
                    .build(&sk)
                    .expect("a small set of phrases")
            })
        });
        let Some(a) = built else { return 0 };
        let matches: Vec<(usize, usize, usize)> =
            a.find_iter(hay).filter(|m| whole_at(hay, m.start(), m.end())).map(|m| (m.pattern().as_usize(), m.start(), m.end())).collect();
        let separated = |gap: &str| {
            let words = gap.split_whitespace().count();
            let sep = gap.contains([',', ';', '/', '&']) || gap.split_whitespace().any(|w| separators.iter().any(|s| s == w));
            sep && words <= 4
        };
        let (mut best, mut run) = (0, Vec::<usize>::new());
        for (k, &(p, s, _)) in matches.iter().enumerate() {
            let continues = k > 0 && separated(&hay[matches[k - 1].2..s]);
            if !continues {
                run.clear();
            }
            if !run.contains(&p) {
                run.push(p);
            }
            best = best.max(run.len());
        }
        best
    }

    /// The whole-word matches of the phrases in `hay`, as (pattern, start, end), in order.
    pub fn matches<'a>(&'a self, hay: &'a str) -> impl Iterator<Item = (usize, usize, usize)> + 'a {
        self.automaton().into_iter().flat_map(move |a| {
            a.find_overlapping_iter(hay)
                .filter(move |m| whole_at(hay, m.start(), m.end()))
                .map(|m| (m.pattern().as_usize(), m.start(), m.end()))
        })
    }

    /// Whether one of the phrases occurs in `hay` as whole words.
    pub fn any(&self, hay: &str) -> bool {
        self.matches(hay).next().is_some()
    }

    /// How many distinct phrases occur in `hay` as whole words.
    pub fn distinct(&self, hay: &str) -> usize {
        let mut seen: Vec<usize> = self.matches(hay).map(|(p, _, _)| p).collect();
        seen.sort_unstable();
        seen.dedup();
        seen.len()
    }

    /// Where the first phrase starting in the first `within` bytes of `hay` starts, as whole words.
    pub fn first_in(&self, hay: &str, within: usize) -> Option<usize> {
        self.matches(hay).filter(|(_, s, _)| *s < within).map(|(_, s, _)| s).min()
    }

    /// Whether one of the phrases occurs in `hay` as whole words, starting in its first
    /// `within` bytes: with `hay` a line and the next one joined, a phrase that a line
    /// break cut in two ("may terminate" / "this Memorandum") is found on its first line.
    pub fn starts_in(&self, hay: &str, within: usize) -> bool {
        let Some(automaton) = self.automaton() else { return false };
        automaton.find_overlapping_iter(hay).filter(|m| m.start() < within).any(|m| whole_at(hay, m.start(), m.end()))
    }
}

/// Words of a closed vocabulary (the words of section headings), with OCR damage undone:
/// a word of six letters or more one edit away from exactly one vocabulary word becomes
/// that word ("tujuao" -> "tujuan", "lingknp" -> "lingkup"), and a word broken in two is
/// joined when the join is a vocabulary word ("lingk up" -> "lingkup"). Lookups go through
/// an index of the words with one letter deleted (the symmetric-delete method), so a check
/// costs a few hash lookups per word, not a comparison with every vocabulary word.
pub struct Vocabulary {
    words: std::collections::HashSet<String>,
    /// Words that are right as written, though one edit from a heading's word: "content"
    /// is no damaged "context".
    intact: std::collections::HashSet<String>,
    deletes: std::collections::HashMap<String, Vec<u32>>,
    list: Vec<String>,
}

impl Vocabulary {
    /// A vocabulary of skeleton words, and the words it leaves as they are.
    pub fn new<I: IntoIterator<Item = String>>(words: I, intact: Vec<String>) -> Vocabulary {
        let mut list: Vec<String> = words.into_iter().filter(|w| w.chars().count() >= 4).collect();
        list.sort();
        list.dedup();
        let mut deletes: std::collections::HashMap<String, Vec<u32>> = std::collections::HashMap::new();
        for (i, w) in list.iter().enumerate() {
            for d in deletions(w).into_iter().chain(std::iter::once(w.clone())) {
                deletes.entry(d).or_default().push(i as u32);
            }
        }
        Vocabulary { words: list.iter().cloned().collect(), intact: intact.into_iter().collect(), deletes, list }
    }

    pub fn contains(&self, w: &str) -> bool {
        self.words.contains(w) || self.intact.contains(w)
    }

    /// The vocabulary word one edit away from `w`, when there is exactly one. The first
    /// letter must agree: Indonesian words one prefix apart are different words
    /// ("pemanfaatan", use, is not "kemanfaatan", benefit).
    fn near(&self, w: &str) -> Option<&str> {
        // (Not in a script written without spaces: there a "word" is a phrase, and one
        // character more or less another phrase, "期待される成果" no damaged "期待される効果".)
        if w.chars().count() < 6 || !w.chars().all(char::is_alphabetic) || w.chars().any(|c| unspaced(c) || east_asian(c)) {
            return None;
        }
        let first = w.chars().next();
        let mut found: Option<u32> = None;
        // The word itself and each of its deletions, built in one buffer: no allocation per key.
        let chars: Vec<char> = w.chars().collect();
        let mut key = String::with_capacity(w.len());
        for skip in (0..chars.len()).map(Some).chain(std::iter::once(None)) {
            key.clear();
            key.extend(chars.iter().enumerate().filter(|(n, _)| Some(*n) != skip).map(|(_, c)| *c));
            for &i in self.deletes.get(key.as_str()).into_iter().flatten() {
                let candidate = &self.list[i as usize];
                if found != Some(i) && candidate.chars().next() == first && edit_distance(w, candidate) <= 1 {
                    if found.is_some() {
                        return None;
                    }
                    found = Some(i);
                }
            }
        }
        found.map(|i| self.list[i as usize].as_str())
    }

    /// `sk` (a skeleton) with each of `glued` split off the word it was glued to by OCR
    /// ("hasilyang" -> "hasil yang"): a word the vocabulary does not know that ends with one
    /// of them after a word of four letters or more it knows; `None` when nothing changed.
    pub fn unglue(&self, sk: &str, glued: &[String]) -> Option<String> {
        // (The suffix first: most words end with none, and ask the vocabulary nothing.)
        fn split<'w>(v: &Vocabulary, w: &'w str, glued: &'w [String]) -> Option<(&'w str, &'w str)> {
            if w.len() < 7 {
                return None;
            }
            let (head, g) = glued.iter().find_map(|g| w.strip_suffix(g.as_str()).map(|head| (head, g.as_str())))?;
            (head.chars().count() >= 4 && !v.contains(w) && v.contains(head)).then_some((head, g))
        }
        if !sk.split(' ').any(|w| split(self, w, glued).is_some()) {
            return None;
        }
        let words: Vec<String> =
            sk.split(' ').map(|w| split(self, w, glued).map_or_else(|| w.to_string(), |(head, g)| format!("{head} {g}"))).collect();
        Some(words.join(" "))
    }

    /// `title` (a skeleton) with its damaged words repaired; `None` when nothing changed.
    pub fn repair(&self, title: &str) -> Option<String> {
        let words: Vec<&str> = title.split(' ').collect();
        let mut out: Vec<String> = Vec::with_capacity(words.len());
        let mut changed = false;
        let mut k = 0;
        while k < words.len() {
            let w = words[k];
            if self.contains(w) {
                out.push(w.to_string());
                k += 1;
                continue;
            }
            // A word broken in two by OCR or a line break; or by a ligature a PDF's font
            // could not map to letters ("Bene ts": benefits, "ow": flow).
            if let Some(next) = words.get(k + 1).filter(|next| !self.contains(next)) {
                let joined = format!("{w}{next}");
                if self.contains(&joined) || self.near(&joined).is_some() {
                    out.push(self.near(&joined).map(str::to_string).unwrap_or(joined));
                    changed = true;
                    k += 2;
                    continue;
                }
                if let Some(whole) = LIGATURES.iter().map(|l| format!("{w}{l}{next}")).find(|j| self.contains(j)) {
                    out.push(whole);
                    changed = true;
                    k += 2;
                    continue;
                }
            }
            match self.near(w) {
                Some(fixed) => {
                    out.push(fixed.to_string());
                    changed = true;
                }
                None => out.push(w.to_string()),
            }
            k += 1;
        }
        changed.then(|| out.join(" "))
    }
}

/// The letters of the ligatures a font may draw as one glyph (fi, fl, ff, ffi, ffl), in
/// skeleton form ("i" is "l" there, as OCR confuses them).
const LIGATURES: [&str; 3] = ["fl", "ff", "ffl"];

/// A word with each one of its letters deleted in turn.
fn deletions(w: &str) -> Vec<String> {
    let chars: Vec<char> = w.chars().collect();
    (0..chars.len()).map(|i| chars[..i].iter().chain(&chars[i + 1..]).collect()).collect()
}

/// Levenshtein distance between two short words.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + (ca != cb) as usize).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// Letter-spaced headings, as OCR reads wide titles: "P A S A L  3" -> "PASAL 3",
/// "R U A N G  L I N G K U P" -> "RUANG LINGKUP". Runs of three or more single characters
/// are joined; two or more spaces separate words.
pub(crate) fn unspace(line: &str) -> std::borrow::Cow<'_, str> {
    // Most lines have not three one-letter words: no need to look further.
    if line.split(' ').filter(|t| t.chars().count() == 1).nth(2).is_none() {
        return line.into();
    }
    let tokens: Vec<&str> = line.split(' ').collect();
    let singles = tokens.iter().filter(|t| t.chars().count() == 1).count();
    if singles < 3 || singles * 2 < tokens.iter().filter(|t| !t.is_empty()).count() {
        return line.into();
    }
    let mut out = String::new();
    let mut run = String::new();
    let mut gap = 0;
    for t in tokens {
        if t.is_empty() {
            gap += 1;
            continue;
        }
        if t.chars().count() == 1 && gap == 0 && !run.is_empty() {
            run.push_str(t);
        } else {
            if !run.is_empty() {
                out.push_str(&run);
                out.push(' ');
            }
            run = t.to_string();
        }
        gap = 0;
    }
    out.push_str(&run);
    out.into()
}

#[cfg(test)]
mod tests {
    use super::{skeleton, Phrases};

    impl Phrases {
        fn any_in(&self, hay: &str) -> bool {
            self.starts_in(hay, hay.len())
        }
    }

    /// The skeleton as it was first written: one string replacement per fold, one after the
    /// other. The single pass must give the same.
    fn reference(line: &str) -> String {
        let line = &*super::ligatures(line);
        let line = super::unspace(
            line.trim_start_matches(['*', '_', '#', '>', '•', '-', '–', '—', '=', '~', '·', ' ']).trim_end_matches(['*', '_', ' ']),
        )
        .into_owned();
        let line = if line.contains("- ") { super::dehyphenate(&line) } else { line };
        let mut s = String::new();
        let chars: Vec<char> = line.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            let prev = if i > 0 { chars[i - 1] } else { ' ' };
            let next = chars.get(i + 1).copied().unwrap_or(' ');
            let in_word = prev.is_alphabetic() || next.is_alphabetic();
            let c = match c {
                '1' | '|' | '!' if in_word => 'l',
                '0' if in_word
                    && ((prev.is_alphabetic() && next.is_alphabetic())
                        || (!prev.is_alphanumeric() && chars.get(i + 2).is_some_and(|c| c.is_alphabetic()))) =>
                {
                    'o'
                }
                c => c,
            };
            for lc in c.to_lowercase() {
                let mut letters = Vec::new();
                super::unaccented(lc, |c| letters.push(c));
                let Some(&lc) = letters.first() else { continue };
                if (lc.is_ascii_digit() && s.chars().last().is_some_and(|p: char| p.is_alphabetic()))
                    || (lc.is_alphabetic() && s.chars().last().is_some_and(|p: char| p.is_ascii_digit()) && s.len() > 1)
                {
                    s.push(' ');
                }
                s.push(lc);
            }
        }
        let out = s
            .replace("dj", "j")
            .replace("tj", "c")
            .replace("oe", "u")
            .replace("ch", "kh")
            .replace("rn", "m")
            .replace('q', "g")
            .replace('j', "y")
            .replace('u', "n")
            .replace('i', "l");
        out.split_whitespace().collect::<Vec<_>>().join(" ").replace("keryasama", "kerya sama")
    }

    /// The single pass gives what the replacements gave, on tricky lines and on every line
    /// of the labelled corpus.
    #[test]
    fn the_skeleton_in_one_pass_equals_the_replacements_one_after_the_other() {
        let mut lines: Vec<String> = [
            "PERSETUDJUAN KEBUDAJAAN  antara Republik Indonesia",
            "tjara  musjawarah  oentoek  kepentingan",
            "The Chairman's churning corner: charter, chief",
            "  Ruang Lingkup Kerja Sama  ",
            "Quarterly Joint Working Group, quinquennial",
            "rnodern term rn, ern, barn door",
            "DJAKARTA Tjirebon Soerabaja",
            "Pasal3 Ruang Lingkup - Scope of Cooperation",
            "Ä Ö Ü, 1st 2nd: ijin uji, İstanbul",
            "P A S A L  3   R U A N G  L I N G K U P",
            "diselesai- kan setjara musjawarah",
            "ARTlCLE 1O: Artic1e l0",
        ]
        .map(String::from)
        .to_vec();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
        for entry in std::fs::read_dir(dir).expect("the corpus").flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "txt" || e == "md") {
                lines.extend(std::fs::read_to_string(&path).unwrap_or_default().lines().map(String::from));
            }
        }
        assert!(lines.len() > 1000);
        for line in &lines {
            assert_eq!(skeleton(line), reference(line), "{line:?}");
        }
    }

    /// Accents come off Latin letters, whatever the letter; other scripts keep theirs.
    #[test]
    fn latin_letters_lose_their_accents_other_scripts_stay() {
        assert_eq!(skeleton("İşbirliği Alanları"), skeleton("isbirligi alanlari"));
        assert_eq!(skeleton("Điều 5. Giải quyết tranh chấp"), skeleton("dieu 5. giai quyet tranh chap"));
        assert_eq!(skeleton("vigência, rescisão, Ñandú, résiliation"), skeleton("vigencia, rescisao, nandu, resiliation"));
        assert_eq!(skeleton("第6条 解除"), "第 6 条 解除");
        assert_eq!(skeleton("이견의 해결"), "이견의 해결");
    }

    #[test]
    fn damaged_heading_words_are_repaired_against_the_vocabulary() {
        let v = super::Vocabulary::new(
            ["tujuan", "ruang", "lingkup", "pembiayaan", "keluaran", "tahun", "context"].map(skeleton),
            vec![skeleton("content")],
        );
        assert_eq!(v.repair(&skeleton("Tuiuan")).as_deref(), Some("tnynan"));
        assert_eq!(v.repair(&skeleton("RUANG LINGK UP")).as_deref(), Some("rnang llngknp"));
        assert_eq!(v.repair(&skeleton("Pembiayaann")).as_deref(), Some("pemblayaan"));
        assert_eq!(v.repair(&skeleton("ruang lingkup")), None, "nothing to repair");
        // Short words are left alone: one edit turns one short word into many others.
        assert_eq!(v.repair(&skeleton("tahan")), None);
        // A word right as written is no damaged heading word: "Skip to main content".
        assert_eq!(v.repair(&skeleton("main content")), None);
        assert_eq!(v.repair(&skeleton("contcxt")).as_deref(), Some("context"));
        assert_eq!(super::edit_distance("kitten", "sitting"), 3);
        // In a script without spaces a "word" is a phrase: one character makes another one
        // ("expected results" is no damaged "expected effects").
        let ja = super::Vocabulary::new(["期待される効果"].map(skeleton), Vec::new());
        assert_eq!(ja.repair(&skeleton("期待される成果")), None);
    }

    #[test]
    fn phrases_match_whole_words_only_and_through_the_skeleton() {
        let p = Phrases::new(&["scope", "ruang lingkup", "jangka waktu"]);
        assert!(p.any_in(&skeleton("The SCOPE of this MoU")));
        assert!(p.any_in(&skeleton("Ruang  Lingkup kerja sama:")));
        // OCR confusions fold the same way on both sides.
        assert!(p.any_in(&skeleton("JANGKA WAKTU")) && p.any_in(&skeleton("djangka waktoe")));
        assert!(!p.any_in(&skeleton("telescope and microscopes")), "inside other words");
        assert!(!p.any_in(&skeleton("lingkup")));
        // A phrase that overlaps another match still counts: "scopes scope".
        assert!(p.any_in(&skeleton("scopes scope")));
        assert!(!Phrases::new::<&str>(&[]).any_in("anything"));
        // Across a line break, found on the line where the phrase starts.
        let two = format!("{} {}", skeleton("lasts five years. Either side may"), skeleton("terminate it by notice"));
        let t = Phrases::new(&["may terminate"]);
        assert!(t.starts_in(&two, skeleton("lasts five years. Either side may").len()));
        assert!(!t.starts_in(&two, skeleton("lasts five").len()), "a phrase starting on the next line belongs to it");
    }
}
