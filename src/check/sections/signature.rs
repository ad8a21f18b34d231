//! Signature blocks: a party label or "FOR/UNTUK ..." followed by a name, a title or a
//! signature mark, near the end of the document or of a language part; a line that merely
//! contains "untuk" is none.

use super::{article_line, ends_with_word, mail_domains, numbered_text, Found, Line, Reason};
use crate::check::knowledge::Knowledge;
use crate::check::normalise::{self, contains_words, starts_with_words, word_matches};
use crate::model::SectionId;
use regex::Regex;
use std::sync::LazyLock;

/// What a line of a signature block may be.
struct SigLine {
    opener: bool,
    name: bool,
    title: bool,
    mark: bool,
    formula: bool,
}

fn sig_line(l: &Line, k: &Knowledge) -> SigLine {
    // (Nor a letter's addressee or a copy's, "Yth. Menteri Dalam Negeri", "c.q. Kepala Pusat
    // ...", "1. Yth. Gubernur ...;": titles that receive the letter; review 14, finding 6.)
    let addressed = || {
        // (As written, and after an item's number: "c.q." reads as the item "c." too.)
        let sk = super::after_numbering(&l.sk).unwrap_or(&l.sk);
        k.signature.addressed.iter().any(|w| starts_with_words(&l.sk, w) || starts_with_words(sk, w))
    };
    if l.wide_table || addressed() {
        return SigLine { opener: false, name: false, title: false, mark: false, formula: false };
    }
    // Bilingual blocks put both languages on a line: "Wali Kota Jianhe / Mayor of Jianhe City",
    // "ttd. / signed". Each half is read alone; a sentence offering choices ("dibebankan
    // kepada [APBD / PIHAK KEDUA / masing-masing pihak]") is no block.
    if l.text.contains(" / ") && l.text.split_whitespace().nth(24).is_none() && l.text.matches(" / ").count() <= 2 {
        let halves: Vec<SigLine> = l
            .text
            .split(" / ")
            .map(|h| {
                sig_line(
                    &Line {
                        block: l.block,
                        sk: normalise::skeleton(h),
                        text: h.to_string(),
                        location: l.location,
                        styled: l.styled,
                        cell: l.cell,
                        wide_table: false,
                        beside: l.beside,
                        chat: l.chat,
                        signoff: l.signoff,
                    },
                    k,
                )
            })
            .collect();
        return SigLine {
            opener: halves.iter().any(|h| h.opener),
            name: halves.iter().any(|h| h.name),
            title: halves.iter().any(|h| h.title),
            mark: halves.iter().all(|h| h.mark),
            formula: halves.iter().any(|h| h.formula),
        };
    }
    let text = l.text.trim().trim_start_matches(['-', '*', '•', '#', '>', ' ']);
    let sk = l.sk.as_str();
    let formula = k.signature.formulas.any(sk);
    // A sentence of the body: only a formula ("IN WITNESS WHEREOF ...") or a record of the
    // signature may be one; the rest of a block is short.
    if text.split_whitespace().nth(14).is_some() {
        return SigLine { opener: false, name: false, title: false, mark: false, formula };
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let n = words.len();
    let item = l.text.trim().ends_with(';') || ["- ", "* ", "• "].iter().any(|b| l.text.trim().starts_with(b));
    // "(Signature)", "[ttd]", "t.t.d.", "(signed) Name": a word or two in brackets, dots set
    // aside. (Marks are read on lines of six words or fewer only.)
    let bare = if n <= 6 { sk.trim_start_matches(['(', '[']).replace(['.', ')', ']', ','], "") } else { String::new() };
    // Alone, as a label, or before a name: "Signed", "(signed) Claus-Peter Albrecht",
    // "Signature: ____"; not "signed this Memorandum of Understanding".
    let after_mark = |m: &str| {
        let rest: Vec<&str> = text.split_whitespace().skip(m.split_whitespace().count()).collect();
        rest.iter().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || !c.is_alphabetic()))
    };
    let label = bare.split(':').next().unwrap_or_default().trim();
    let mark_word = n <= 6
        && k.signature
            .marks
            .iter()
            .any(|m| bare == *m || label == m || (bare.strip_prefix(m.as_str()).is_some_and(|r| r.starts_with(' ')) && after_mark(m)));
    // (Not a rule across the page: "....." from margin to margin parts two pages of a copy.)
    // (Nor a sprinkle of short dashes and dots, as OCR reads a page's boxes for initials: " __ _
    // _ ____ ._ _____ _ .". A blank to sign on is drawn in one stroke.)
    let stroke = || text.split(|c: char| !matches!(c, '_' | '.' | '…' | '-')).any(|run| run.chars().count() >= 8);
    let rule = (5..=60).contains(&text.len()) && text.chars().all(|c| matches!(c, '_' | '.' | '…' | '-' | ' ' | '(' | ')')) && stroke();
    // A label ("Nama :", "Date:") is a mark only when nothing but a blank follows it.
    let blank_after =
        text.split_once(':').is_none_or(|(_, after)| !after.chars().any(|c| c.is_alphanumeric()) || after.contains(['[', '<', '_']));
    let mark = (mark_word && n <= 5 && blank_after) || rule;
    let capital = text.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase);
    let last = sk.rsplit(' ').next().unwrap_or_default();
    let dangling = n > 1 && k.signature.dangling.iter().any(|w| w == last);
    // "For North Kalimantan: improved planning ..." is an item of a list, not a block.
    let labelled = text.split_once(':').is_some_and(|(_, after)| after.chars().filter(|c| c.is_alphabetic()).count() > 3);
    // "UNTUK PEMERINTAH ...", "For the City of ...", "FOR SHAH ALAM CITY COUNCIL": the
    // party's name follows, capitalised; not "Untuk mengoordinasikan ..." or "For the purposes".
    // (The cheap tests first: most lines are none of these.)
    let named_party = || {
        k.signature.openers.iter().filter(|o| sk.starts_with(o.as_str())).any(|o| {
            let skip = o.split_whitespace().count();
            let next = text.split_whitespace().skip(skip).find(|w| !k.signature.name_skips.iter().any(|s| s.eq_ignore_ascii_case(w)));
            next.is_some_and(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || c == '['))
        })
    };
    // The length of the word of `words` that opens the line, if one does.
    let opens = |words: &[String]| -> Option<usize> { words.iter().find(|o| starts_with_words(sk, o)).map(String::len) };
    // A party label ("PIHAK KEDUA", "FIRST PARTY,") is the whole line: not "PIHAK PERTAMA dan
    // PIHAK KEDUA selanjutnya disebut PARA PIHAK".
    // (Not one that ends a sentence wrapped onto its line: "... selanjutnya disebut / PIHAK
    // PERTAMA.")
    let party_label = opens(&k.signature.party_labels).is_some_and(|n| !sk[n..].chars().any(char::is_alphanumeric))
        && !text.trim_end().ends_with(['.', ';']);
    let opener =
        capital && !item && !labelled && !dangling && n <= 14 && (party_label || (opens(&k.signature.openers).is_some() && named_party()));
    // A signatory's title opens its line ("Wali Kota Denpasar", "Mayor of Perth", "The Deputy
    // Mayor"), or the line is in capitals: not "Subject to schedule of the Governor".
    let title = n <= 7 && !item && !dangling && !sk.ends_with(':') && !text.chars().any(|c| c.is_ascii_digit()) && {
        // (A title ends its word even in Japanese or Chinese: not "両知事に報告する".)
        let opens_title = k.signature.titles.matches(sk).any(|(_, start, end)| {
            (start == 0 || sk[..start].split_whitespace().count() <= 1) && !sk[end..].starts_with(char::is_alphanumeric)
        });
        let caps = text.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
        // (Or ends a word of a script without spaces: "日本国　宮浜市長", "パル市長".)
        let run_on = || words.iter().any(|w| k.signature.run_on_titles.iter().any(|t| w.ends_with(t.as_str())));
        opens_title || caps && k.signature.titles.any(sk) || run_on()
    };
    // A name: two to seven words, each capitalised or in a script without case (but for
    // particles, "van", "bin", and
    // degrees, "S.STP.,"), no sentence; or a placeholder for one: "[Nama Kepala Desa]",
    // "<NAME>", "(....................)", "_NAME_"; not "(2)".
    let placeholder = text.starts_with(['[', '<', '_', '('])
        && n <= 6
        && !mark_word
        && (text.trim_matches(['[', ']', '<', '>', '(', ')', '_', ' ']).chars().filter(|c| c.is_alphabetic()).count() >= 2
            || text.chars().filter(|c| matches!(c, '.' | '_' | '…')).count() >= 3);
    let particles = &k.signature.name_particles;
    let name = placeholder
        || ((2..=7).contains(&n)
            && !item
            && !text.ends_with(':')
            && words
                .iter()
                // (A script without case, "林建宏", is not lowercase.)
                .all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()) || particles.iter().any(|p| p == w))
            && text.chars().filter(|c| c.is_ascii_digit()).count() <= 2
            && !sk.split(|c: char| !c.is_alphanumeric()).any(|w| k.signature.not_names.contains(w))
            && !(numbered_text(text).is_some() && text.chars().next().is_some_and(|c| c.is_ascii_digit() || c == '('))
            && article_line(sk).is_none());
    SigLine { opener, name, title, mark, formula }
}

/// Signature blocks: a party label or "FOR/UNTUK ..." followed by a name, a title or a
/// signature mark; a title with a name or a mark beside it; "IN WITNESS WHEREOF" followed
/// by any of these. In the last three quarters of the draft (a sequential draft signs each
/// language part), not any line that happens to start with "untuk".
pub(super) fn signature(lines: &[Line], k: &Knowledge) -> Option<Found> {
    // (A record of discussions signs before the attachment it agrees: the draft's own text
    // ends at the label of its first attachment, "ATTACHMENT" or "LAMPIRAN", and its
    // signatures stand in the last three quarters of that text.)
    // (A label alone on its line: "Lampiran" beside "PKS_Rujukan.pdf [Unduh]" on a register's
    // page is a field of its record.)
    let end = lines
        .iter()
        .enumerate()
        .skip(8)
        .find(|(_, l)| {
            !l.beside && (crate::check::kind::attachment_label(&l.sk, k) || k.attached_documents.iter().any(|d| l.sk.trim() == d))
        })
        .map_or(lines.len(), |(i, _)| i);
    let from = end / 4;
    // Lines before the search starts are read only as neighbours of the first ones.
    let empty = || SigLine { opener: false, name: false, title: false, mark: false, formula: false };
    let info: Vec<SigLine> = lines.iter().enumerate().map(|(i, l)| if i + 3 >= from { sig_line(l, k) } else { empty() }).collect();
    let near = |i: usize, before: usize, after: usize, f: &dyn Fn(&SigLine) -> bool| {
        (i.saturating_sub(before)..(i + after + 1).min(lines.len())).filter(|&j| j != i).any(|j| f(&info[j]))
    };
    let block = |l: &Line, confidence: f32| Found {
        section: SectionId::Signature,
        reason: Reason::Structure,
        confidence,
        index: l.block,
        text: l.text.clone(),
        location: l.location,
        under: None,
    };
    // A contact block ("Contact: / Dewi Anggraeni / Head of Subdivision ... / an e-mail")
    // has a name and a title, and is no signature.
    // (Or the end of a sentence that introduces them: "... menunjuk pejabat penghubung
    // sebagai berikut:", "... designate contact persons as follows:".)
    let is_label = |sk: &str| {
        let introduced = sk.trim_end().strip_suffix(':').map(|r| {
            let r = r.trim_end();
            k.formulas_as_follows.iter().find_map(|f| r.strip_suffix(f.as_str())).unwrap_or(r).trim_end()
        });
        k.signature.contacts.iter().any(|c| {
            sk.strip_prefix(c.as_str()).is_some_and(|r| r.trim().is_empty() || r.trim_start().starts_with(':'))
                || introduced.is_some_and(|r| ends_with_word(r, c))
        }) || (sk.split_whitespace().count() <= 6 && k.signature.initials.iter().any(|w| starts_with_words(sk, w)))
    };
    // (Read once a line: every line's neighbours ask.)
    // (Wrapped: "(1) The Parties shall designate contact" / "persons as follows:".)
    let labels: Vec<bool> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            is_label(&l.sk)
                || (i > 0
                    && l.text.trim_start().starts_with(char::is_lowercase)
                    && l.sk.trim_end().ends_with(':')
                    && is_label(&format!("{} {}", lines[i - 1].sk, l.sk)))
        })
        .collect();
    let contact_label = |j: usize| labels[j];
    // An e-mail's own signature under its delimiter, "--" alone on its line ("-- / Dewi
    // Lestari | Program Officer"): the sender's sign-off, not the document's signatories.
    let under_delimiter = |i: usize| lines[i].signoff;
    // (An address masked in a public copy counts: "vandalen@[ihs e-mail]".)
    let email = |l: &Line| mail_domains(&l.text).any(|at| at.contains('.') || at.starts_with('['));
    // (An e-mail beside a block with a party's opener or a signature mark is part of a
    // signature block: some put the signatory's address under the name.)
    // (Under the label, two columns of contacts read one after the other put a title up to
    // eight lines below it, with no party's opener or signature mark between.)
    // The nearest label at most `reach` lines above line `i` (or on it).
    let label_above = |i: usize, reach: usize| (i.saturating_sub(reach)..=i).rev().find(|&j| contact_label(j));
    let labelled_at: Vec<bool> = (0..lines.len())
        .map(|i| label_above(i, 8).is_some_and(|j| j + 3 >= i || !info[j..=i].iter().any(|x| x.opener || x.mark || x.formula)))
        .collect();
    // (Not across a sentence of the text: "... pos-el biro@prov.example." / "Demikian kami
    // sampaikan, atas perhatian Bapak diucapkan terima kasih." / "GUBERNUR A," signs.)
    let sentence_between = |a: usize, b: usize| {
        let t = |l: &Line| l.text.trim_end().ends_with('.') && l.text.split_whitespace().nth(4).is_some();
        lines.get(a.min(b) + 1..a.max(b)).unwrap_or_default().iter().any(t)
    };
    let in_contact = |i: usize| {
        let s = &info[i];
        labelled_at[i]
            || (!s.opener
                && !s.mark
                && !near(i, 3, 3, &|x| x.opener || x.mark)
                && (i.saturating_sub(3)..(i + 4).min(lines.len())).any(|j| email(&lines[j]) && !sentence_between(j, i)))
    };
    // (Its names and titles are nobody's signature, also as the neighbours of a line.)
    // (And the columns of a sheet of initials: "Jabatan | Paraf | Tanggal" are no marks.)
    let contact: Vec<bool> = (0..lines.len())
        .map(|i| {
            let above = |reach: usize| i.checked_sub(1).and_then(|p| label_above(p, reach - 1));
            let sheet = || above(6).is_some_and(|j| !info[j..=i].iter().any(|x| x.opener || x.formula));
            // (Nor is "For AURN:" right under "Contact" a party's opener.)
            let under_label = || above(2).is_some();
            i + 3 >= from
                && (((info[i].title || info[i].name) && (in_contact(i) || under_delimiter(i)))
                    || (info[i].mark && sheet())
                    || (info[i].opener && under_label()))
        })
        .collect();
    let info: Vec<SigLine> = info
        .into_iter()
        .zip(&contact)
        .map(|(s, &c)| if c { SigLine { name: false, title: false, mark: false, opener: false, ..s } } else { s })
        .collect();
    let near = |i: usize, before: usize, after: usize, f: &dyn Fn(&SigLine) -> bool| {
        (i.saturating_sub(before)..(i + after + 1).min(lines.len())).filter(|&j| j != i).any(|j| f(&info[j]))
    };
    // The lines of a title block ("MEMORANDUM OF UNDERSTANDING" / "BETWEEN" / "[NAME OF
    // PARTNER GOVERNMENT]" / "[NAME OF COUNTRY]"), up to its first sentence: the parties
    // named, not signing. (Asked of the lines that look like a block's only: titles are
    // looked for on a few lines above them, not on every line.)
    // (A Japanese or Chinese sentence ends in "。", its words unspaced.)
    let sentence = |l: &Line| l.text.split_whitespace().nth(10).is_some() || l.text.trim_end().ends_with(['.', ';', '。', '；']);
    // (Asked of each line once: the lines below it ask again.)
    let opens_cache: Vec<std::cell::OnceCell<bool>> = lines.iter().map(|_| std::cell::OnceCell::new()).collect();
    let opens = |j: usize| *opens_cache[j].get_or_init(|| crate::check::kind::opens_document(&lines[j], k));
    // (Not under a cell of a line split into columns: a page's running footer, "KAK WOP
    // Kupang - Noord-Veluwe | Draft 2" beside its page's number, over the signatures.)
    let in_title_block = |i: usize| {
        !sentence(&lines[i]) && (i.saturating_sub(8)..i).rev().take_while(|&j| !sentence(&lines[j])).any(|j| !lines[j].beside && opens(j))
    };
    for (i, l) in lines.iter().enumerate().skip(from) {
        let s = &info[i];
        if contact[i] || ((s.opener || s.title || s.mark || s.name || s.formula) && in_title_block(i)) {
            continue;
        }
        // "Signed for the City of Perth by Lord Mayor Basil Zempilas on 3 March 2026.":
        // a record of the signature, in prose.
        // (Not the rest of a sentence wrapped onto the line: "(3) Perjanjian ... /
        // ditandatangani oleh Kepala Perangkat Daerah ...".)
        let wrapped =
            l.text.trim_start().starts_with(char::is_lowercase) && i > 0 && !lines[i - 1].text.trim_end().ends_with(['.', ':', ';']);
        let signed = !wrapped && k.signature.records.iter().any(|p| l.sk.starts_with(p.as_str()));
        if signed && l.sk.split_whitespace().count() <= 40 && k.signature.titles.any(&l.sk) {
            return Some(block(l, 0.7));
        }
        if s.opener {
            // The title on the same line ("For the City of Perth, Lord Mayor"), or a name,
            // title or mark on the lines below.
            let after = l.sk.split_once(' ').map_or("", |(_, r)| r);
            if k.signature.titles.any(after) && after.split_whitespace().count() >= 3 {
                return Some(block(l, 0.8));
            }
            if near(i, 0, 6, &|x| x.name || x.title || x.mark) {
                return Some(block(l, 0.8));
            }
        }
        // An Indonesian letter's signature: the title closed by a comma ("WALI KOTA
        // DENPASAR,"), the name under it, wherever the letter's lists put it.
        if s.title && l.text.trim_end().ends_with(',') && near(i, 0, 6, &|x| x.name) {
            return Some(block(l, 0.8));
        }
        // A title with a name is weaker evidence (a table of who does what has both): near
        // the end only, where signatures stand.
        // (Not the end of a sentence wrapped onto the line: "... disampaikan kepada Wali Kota
        // melalui" / "Sekretaris Daerah.")
        let continued = i > 0 && {
            let before = lines[i - 1].text.trim_end();
            !before.ends_with(|c: char| c.is_ascii_punctuation())
                && before.rsplit(' ').next().is_some_and(|w| w.starts_with(char::is_lowercase))
        };
        if s.title && !continued && i >= end * 3 / 5 && near(i, 3, 3, &|x| x.name || x.mark) {
            return Some(block(l, 0.75));
        }
        if s.mark && near(i, 3, 3, &|x| x.name || x.title) {
            return Some(block(l, 0.7));
        }
        // A form to sign: "Signature: ____" over "Name: ____".
        if s.mark && near(i, 0, 2, &|x| x.mark) {
            return Some(block(l, 0.65));
        }
        // After the formula, a title or a mark: a name alone may be the title in capitals of
        // the next language part, when the copy breaks off before the signatures.
        // (Not past the title of that next part: "Dibuat di [tempat] ..." / "MEMORANDUM OF
        // UNDERSTANDING" / "THE PROVINCIAL GOVERNMENT OF ..." is a template's next language.)
        // (Nor a sentence of the body that a line breaks right after the formula's words:
        // "... Pemerintah Kota Tokamachi telah ditandatangani di" / "Pekalongan pada tanggal
        // ...", a letter recounting the LoI; review 11, finding 8.)
        // (Nor one after a word that recounts it: "... telah ditandatangani di Perth, Australia,
        // pada tanggal ...", the letter to the Minister on the LoI.)
        let recounted = || {
            k.signature.formulas.matches(&l.sk).all(|(_, start, end)| {
                let before = l.sk[..start].trim_end();
                (start > 0 && l.sk[end..].trim().is_empty() && !before.ends_with(['.', ':', ';', ',']))
                    || k.signature.recounting.iter().any(|w| ends_with_word(before, w))
            })
        };
        if s.formula && !recounted() {
            let part = (i + 1..(i + 13).min(lines.len())).find(|&j| opens(j)).unwrap_or(lines.len());
            if (i + 1..(i + 13).min(part)).any(|j| info[j].title || info[j].mark) {
                return Some(block(l, 0.7));
            }
        }
    }
    // Both blocks run into one line near the end, as a web copy flattens them: "PIHAK KESATU
    // BUPATI X, ttd. NAME PIHAK KEDUA BUPATI Y, ttd. NAME".
    // (The blank left for a name counts as a mark: "PIHAK KEDUA, PEMIMPIN CABANG ...,
    // ...................... PIHAK PERTAMA, KEPALA DINAS ..., ......................".)
    let blanks = |text: &str| {
        let runs = text.split(|c: char| !matches!(c, '.' | '_' | '…'));
        runs.filter(|r| r.chars().count() >= 5 || r.chars().filter(|&c| c == '…').count() >= 2).count()
    };
    let run_into_one = lines.iter().skip(lines.len() * 3 / 5).find(|l| {
        let count = |words: &[String]| words.iter().map(|m| word_matches(&l.sk, m).count()).sum::<usize>();
        count(&k.signature.run_marks) + blanks(&l.text) >= 2 && count(&k.signature.party_labels) >= 2 && k.signature.titles.any(&l.sk)
    });
    if let Some(l) = run_into_one {
        return Some(block(l, 0.65));
    }
    // An official's block run into one line by a scan that lost its breaks: the title, the
    // name, and the official's number ("... KEPALA BAGIAN KERJA SAMA SETDA KABUPATEN A, [a
    // stamp read as junk] RATNA K., S.IP. Pembina Tk. I NIP 19790412 200312 2 006").
    static NIP: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\bNIP\.?\s*:?\s*\d[\d ]{15,}\d").expect("valid regex"));
    let official = lines
        .iter()
        .enumerate()
        .skip(lines.len() * 3 / 5)
        .filter(|&(i, _)| !contact[i] && !labelled_at[i])
        .find(|(_, l)| NIP.find(&l.text).is_some_and(|m| k.signature.titles.any(&normalise::skeleton(&l.text[..m.start()]))));
    if let Some((_, l)) = official {
        return Some(block(l, 0.65));
    }
    // A page run into one line: a title in capitals, a mark, a name in capitals, inside the
    // line ("... diucapkan terima kasih. WALI KOTA A, ttd Hj. NAME, S.E. Tembusan: ...", "...
    // FOR THE CITY GOVERNMENT OF A FOR THE B DISTRICT COUNCIL sgd. sgd. Dr. NAME ...").
    // (Both parties' marks may stand together: "... COUNCIL sgd. sgd. Dr. NAME".)
    let is_mark = |w: &str| {
        let m = normalise::skeleton(w.trim_end_matches([',', ':']));
        [m.as_str(), m.trim_end_matches('.')].iter().any(|m| k.signature.run_marks.iter().any(|r| r == m))
    };
    let inline_block = lines.iter().enumerate().skip(lines.len() * 3 / 5).filter(|&(i, _)| !contact[i]).find(|(_, l)| {
        let words: Vec<&str> = l.text.split_whitespace().collect();
        words.len() > 12
            && (1..words.len()).any(|j| {
                if !is_mark(words[j]) {
                    return false;
                }
                let before = &words[j.saturating_sub(8)..j];
                let capitals = |w: &&&str| w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase);
                let before_sk = normalise::skeleton(&before.join(" "));
                let titled = before.iter().rev().take_while(capitals).count() >= 2
                    && (k.signature.titles.any(&before_sk) || k.signature.openers.iter().any(|o| contains_words(&before_sk, o)));
                let named = words[j + 1..].iter().find(|w| !is_mark(w)).is_some_and(|w| w.starts_with(char::is_uppercase));
                titled && named
            })
    });
    if let Some((_, l)) = inline_block {
        return Some(block(l, 0.6));
    }
    // A signature page scanned first ("IN WITNESS WHEREOF ... / FOR THE CITY OF ... / a
    // name" on page 1 of the copy, "Page 5 of 5" under it): the formula, then a party's
    // opener, then a name, title or mark, wherever they stand.
    let early: Vec<SigLine> = lines[..from.min(lines.len())].iter().map(|l| sig_line(l, k)).collect();
    // (The opener may wrap, "FOR THE CITY GOVERNMENT OF" / "AMBON, ...": a title or a mark
    // beside a name then makes the block, as at the end.)
    let around = |j: usize, f: &dyn Fn(&SigLine) -> bool| (j.saturating_sub(3)..(j + 4).min(early.len())).any(|x| x != j && f(&early[x]));
    let first_page_block = early.iter().enumerate().filter(|(_, s)| s.formula).find_map(|(f, _)| {
        (f + 1..(f + 16).min(early.len())).find(|&j| {
            let s = &early[j];
            (s.opener && (j + 1..(j + 7).min(early.len())).any(|x| early[x].name || early[x].title || early[x].mark))
                || (s.title && around(j, &|x| x.name))
                || (s.mark && around(j, &|x| x.name || x.title))
        })
    });
    if let Some(at) = first_page_block {
        return Some(block(&lines[at], 0.7));
    }
    // "Basil Zempilas, Lord Mayor": a name and a title on one line, near the end (not a
    // contact's: "Contact: Baiq Nurul Hidayati, Head of Cooperation Section").
    lines
        .iter()
        .enumerate()
        .skip(lines.len() * 3 / 5)
        .filter(|&(i, _)| !contact[i] && !labelled_at[i])
        .map(|(_, l)| l)
        .find(|l| {
            l.text.split_once(',').is_some_and(|(who, what)| {
                let who_words = who.split_whitespace().count();
                // (A name is written with capitals, not "ketentuan peraturan perundang-undangan,
                // setelah berkoordinasi dengan Menteri Dalam", a sentence of the body.)
                let capitalised = who.split_whitespace().filter(|w| !w.starts_with(char::is_lowercase)).count();
                (2..=5).contains(&who_words)
                    && capitalised + 1 >= who_words
                    && !who.trim_start().starts_with(char::is_lowercase)
                    && k.signature.titles.any(&normalise::skeleton(what))
                    && what.split_whitespace().count() <= 5
            })
        })
        .map(|l| block(l, 0.65))
}
