//! Text normalisation for matching headings in messy drafts: case, accents, OCR letter
//! confusions, the old Indonesian spelling, glued or doubled spaces.

/// A lowercase "skeleton" of a line in which the usual confusions collapse:
/// OCR's `1`/`l`/`I`/`|` -> `l`, `0` -> `o` inside words, `rn` -> `m`, `q` -> `g`,
/// `u` -> `n`, `i` -> `l`; the old spelling `dj` -> `j`, `tj` -> `c`, `oe` -> `u`, `ch` -> `kh`, `j` ->
/// `y` (before 1972 `j` was written for today's `y`); digits glued to words are split off and
/// runs of spaces become one. Keywords go through the same function, so they match.
pub fn skeleton(line: &str) -> String {
    let line =
        unspace(line.trim_start_matches(['*', '_', '#', '>', '•', '-', '–', '—', '=', '~', '·', ' ']).trim_end_matches(['*', '_', ' ']));
    let mut s = String::with_capacity(line.len());
    let chars: Vec<char> = line.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let prev = if i > 0 { chars[i - 1] } else { ' ' };
        let next = chars.get(i + 1).copied().unwrap_or(' ');
        let in_word = prev.is_alphabetic() || next.is_alphabetic();
        let c = match c {
            '1' | '|' | '!' if in_word => 'l',
            '0' if in_word && (prev.is_alphabetic() && next.is_alphabetic()) => 'o',
            c => c,
        };
        for lc in c.to_lowercase() {
            let lc = match lc {
                'à' | 'á' | 'â' | 'ä' => 'a',
                'è' | 'é' | 'ê' | 'ë' => 'e',
                'ì' | 'í' | 'î' | 'ï' | 'ı' => 'i',
                'ò' | 'ó' | 'ô' | 'ö' => 'o',
                'ù' | 'ú' | 'û' | 'ü' => 'u',
                c => c,
            };
            // A digit glued to a word ("pasal5", "article3") is split off.
            if (lc.is_ascii_digit() && s.chars().last().is_some_and(|p: char| p.is_alphabetic()))
                || (lc.is_alphabetic() && s.chars().last().is_some_and(|p: char| p.is_ascii_digit()) && s.len() > 1)
            {
                s.push(' ');
            }
            s.push(lc);
        }
    }
    let mut out: String = s
        .replace("dj", "j")
        .replace("tj", "c")
        .replace("oe", "u")
        .replace("ch", "kh")
        .replace("rn", "m")
        .replace('q', "g")
        .replace('j', "y")
        .replace('u', "n");
    // Uppercase I read as lowercase l and the reverse: fold both to l.
    out = out.replace('i', "l");
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `needle` occurs in `hay` as whole words (both already skeletons).
pub fn contains_words(hay: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return false;
    }
    hay.match_indices(needle).any(|(i, _)| {
        let before = hay[..i].chars().next_back();
        let after = hay[i + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// A set of phrases searched in one pass over a line: whether any of them occurs as whole
/// words. The phrases go through `skeleton` once, here; the lines searched are skeletons.
pub struct Phrases {
    automaton: Option<aho_corasick::AhoCorasick>,
}

impl Phrases {
    pub fn new<S: AsRef<str>>(phrases: &[S]) -> Phrases {
        let phrases: Vec<String> = phrases.iter().map(|p| skeleton(p.as_ref())).filter(|p| !p.is_empty()).collect();
        // Building fails only beyond the automaton's size limits, far above a few dozen phrases.
        // A DFA: a little more memory than the default, the fastest overlapping search.
        let automaton = (!phrases.is_empty()).then(|| {
            aho_corasick::AhoCorasick::builder()
                .kind(Some(aho_corasick::AhoCorasickKind::DFA))
                .build(&phrases)
                .expect("a small set of phrases")
        });
        Phrases { automaton }
    }

    /// Whether one of the phrases occurs in `hay` as whole words, starting in its first
    /// `within` bytes: with `hay` a line and the next one joined, a phrase that a line
    /// break cut in two ("may terminate" / "this Memorandum") is found on its first line.
    pub fn starts_in(&self, hay: &str, within: usize) -> bool {
        let Some(automaton) = &self.automaton else { return false };
        automaton.find_overlapping_iter(hay).filter(|m| m.start() < within).any(|m| {
            let before = hay[..m.start()].chars().next_back();
            let after = hay[m.end()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    }
}

/// Letter-spaced headings, as OCR reads wide titles: "P A S A L  3" -> "PASAL 3",
/// "R U A N G  L I N G K U P" -> "RUANG LINGKUP". Runs of three or more single characters
/// are joined; two or more spaces separate words.
pub(crate) fn unspace(line: &str) -> String {
    let tokens: Vec<&str> = line.split(' ').collect();
    let singles = tokens.iter().filter(|t| t.chars().count() == 1).count();
    if singles < 3 || singles * 2 < tokens.iter().filter(|t| !t.is_empty()).count() {
        return line.to_string();
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
    out
}

#[cfg(test)]
mod tests {
    use super::{skeleton, Phrases};

    impl Phrases {
        fn any_in(&self, hay: &str) -> bool {
            self.starts_in(hay, hay.len())
        }
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
