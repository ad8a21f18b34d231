//! Sections the body states without a heading: an inline phrase ("remain in force for five
//! years", "each party bears its own costs"), a sentence introducing a list of them, a
//! period, an amount with a currency, benefits followed by concrete items.

use super::structure::{components, field_list, placeholder_clause, titled_period};
use super::{
    defers_after, ends_with_word, introduces_list, join_line, numbered, sentence_end, sentence_on, states_amount, with_next, Found,
    Heading, Line, Reason, BOUND, SPAN,
};
use crate::check::knowledge::Knowledge;
use crate::check::normalise::{self, contains_words, starts_with_words, word_matches};
use crate::model::SectionId;

/// The sections still to find (`todo`, by index) that the body states, in one pass over
/// the lines: an inline phrase, a sentence introducing a list of them, or a statement (a
/// period, an amount, a list of fields, benefits followed by concrete items); then, for
/// the scope, a list of fields by its structure.
pub(super) fn stated(
    lines: &[Line],
    heads: &[Heading],
    citing: &[bool],
    under: &[Option<SectionId>],
    mut todo: Vec<bool>,
    k: &Knowledge,
) -> Vec<Found> {
    let mut out = Vec::new();
    let index_of = |id: SectionId| k.sections.iter().position(|s| s.id == id);
    let (duration, validity, financing, scope, benefit) = (
        index_of(SectionId::Duration),
        index_of(SectionId::Validity),
        index_of(SectionId::Financing),
        index_of(SectionId::Scope),
        index_of(SectionId::Benefit),
    );
    let wanted = |todo: &[bool], i: Option<usize>| i.is_some_and(|i| todo[i]);
    // "shall not terminate by reason of ...", "shall not serve as a basis for ... an office
    // financed by ...": a phrase after a negation in its sentence.
    // The sentence before a phrase; it may have begun on the lines before (wrapped text,
    // PDF lines), not on a heading's ("KETENTUAN LAIN-LAIN" / "(1) Perjanjian ini berlaku
    // ...": the heading is no part of the sentence).
    let mut heading_line = vec![false; lines.len()];
    for h in heads.iter().filter(|h| !h.run_in) {
        heading_line[h.index] = true;
    }
    let sentence_before = |i: usize, hay: &str, at: usize| {
        let mut before = hay[..at].to_string();
        for p in (i.saturating_sub(6)..i).rev() {
            if before.contains(['.', ';', ':']) || heading_line[p] {
                break;
            }
            // (A word broken over the two lines is one: "enam bulan se-" / "belum berakhirnya
            // periode" has no "belum", not yet, in it.)
            let mut joined = lines[p].sk.clone();
            join_line(&mut joined, &before);
            before = joined;
        }
        before.rsplit(['.', ';', ':']).next().unwrap_or(&before).to_string()
    };
    // The filters of a phrase, on the sentence before it (built once per phrase found):
    // "... dituangkan dalam rencana kerja tahunan yang memuat ... keluaran yang diharapkan",
    // "a Memorandum of Understanding which will specify ... the financial arrangements":
    // what a sentence leaves to a later document; provisions an amendment leaves unchanged;
    // "Perjanjian Kerja Sama ... paling sedikit memuat objek, ..., pengakhiran": what another
    // document must contain, named in a sentence (the items of such a list on lines of
    // their own are `citing`); a negation.
    let negated_in = |sentence: &str| {
        // (Less each condition closed by a comma before the phrase.)
        let mut clauses: Vec<&str> = sentence.split(',').collect();
        let last = clauses.pop().unwrap_or_default();
        let unconditioned =
            clauses.into_iter().map(|c| k.conditions.iter().filter_map(|w| word_matches(c, w).next()).min().map_or(c, |at| &c[..at]));
        let main: Vec<&str> = unconditioned.chain([last]).collect();
        let words: Vec<&str> = main.iter().flat_map(|c| c.split_whitespace()).collect();
        words.iter().enumerate().any(|(j, w)| {
            let prev = j.checked_sub(1).map(|p| words[p]).unwrap_or_default();
            // "the matters which are not stipulated": a relative clause negates nothing.
            let relative = j.checked_sub(2).is_some_and(|p| k.relatives.iter().any(|r| r == words[p]));
            (*w == "not" && k.negated_auxiliaries.iter().any(|a| a == prev) && !relative)
                || (k.negations.iter().any(|n| n == w) && prev != "yang")
        })
    };
    let not_stated_in = |sentence: &str| {
        negated_in(sentence) || k.deferrals.any(sentence) || k.unchanged.any(sentence) || k.contents_formulas.any(sentence)
    };
    // "... berakhir atau diakhiri sebagaimana diatur dalam Pasal 13": the rest of the
    // phrase's sentence sends the reader to another article; "... serta pengakhiran kerja
    // sama diatur lebih lanjut dalam Perjanjian Kerja Sama": or leaves it to another
    // document.
    let sent_elsewhere = |hay: &str, end: usize| {
        let rest = hay.get(end..).unwrap_or_default();
        let sentence = rest.split(['.', ';']).next().unwrap_or_default();
        defers_after(sentence, k)
            || k.cross_references.iter().any(|r| {
                word_matches(sentence, r).any(|at| {
                    let after = sentence[at + r.len()..].trim_start();
                    k.article_words.iter().any(|w| starts_with_words(after, w))
                })
            })
    };
    let in_other_sentence = |n: usize, sentence: &str| {
        let has = |words: &[String]| words.iter().any(|w| normalise::contains_words(sentence, w));
        has(&k.sections[n].not_in_sentence) && !has(&k.sections[n].in_sentence_anyway)
    };
    // "pasal pengakhiran belum dimasukkan", "an article on termination": the clause named
    // (in a note, a comment, a letter), not stated.
    // (Its name may stand between: "pasal penyelesaian perselisihan blm ada".)
    // (Its number may stand between too: "Pasal 13 tentang Pengakhiran Perjanjian ... tetap
    // berlaku", an addendum naming the articles it leaves as they were.)
    let named_clause = |hay: &str, start: usize, n: usize| {
        let noun_before = |at: usize| {
            let mut before = hay[..at].trim_end();
            let mut connected = false;
            while let Some((rest, _)) = before.rsplit_once(' ').filter(|(_, w)| k.clause_connectors.iter().any(|c| c == w)) {
                before = rest.trim_end();
                connected = true;
            }
            let mut words = before.rsplit(' ');
            let last = words.next().unwrap_or_default();
            let number = connected && !last.is_empty() && last.trim_end_matches(['.', ')']).chars().all(|c| c.is_ascii_digit());
            let noun = if number { words.next().unwrap_or_default() } else { last };
            k.clause_nouns.iter().any(|c| c == noun)
        };
        if noun_before(start) {
            return true;
        }
        // (Or a later item of a list of clauses named: "ketentuan mengenai pembiayaan,
        // penyelesaian perselisihan dan pengakhiran, tetap berlaku" in an addendum.)
        let mut at = start;
        for _ in 0..10 {
            let prev = hay[..at].trim_end();
            if prev.is_empty() || prev.ends_with(['.', ';', ':', '(']) {
                break;
            }
            at = prev.rfind(' ').map_or(0, |p| p + 1);
            let between = &hay[at..start];
            let listed = between.contains(',') || between.split_whitespace().any(|w| matches!(w, "dan" | "and" | "serta" | "atau" | "or"));
            if listed && noun_before(at) {
                return true;
            }
        }
        // (Or in the brackets of a list of clauses named: "pasal-pasal lain (perubahan,
        // pengakhiran, dll) nanti ikut format standar".)
        let bracketed =
            hay[..start].rfind('(').filter(|&open| !hay[open..start].contains(')') && hay[open..start].split_whitespace().count() <= 6);
        if let Some(open) = bracketed {
            let before = hay[..open].trim_end();
            let before =
                k.clause_others.iter().find_map(|o| before.strip_suffix(o.as_str()).filter(|b| b.ends_with(' '))).unwrap_or(before);
            if noun_before(before.len()) {
                return true;
            }
        }
        let mut at = start;
        for _ in 0..3 {
            let prev = hay[..at].trim_end();
            if prev.is_empty() {
                break;
            }
            at = prev.rfind(' ').map_or(0, |p| p + 1);
            let names = k.sections[n].heads.iter().any(|h| starts_with_words(&hay[at..], h) && at + h.len() > start);
            if names && noun_before(at) {
                return true;
            }
        }
        false
    };
    let body = |n: usize, i: usize, confidence: f32| {
        let l = &lines[i];
        Found {
            section: k.sections[n].id,
            reason: Reason::Body,
            confidence,
            index: l.block,
            text: l.text.clone(),
            location: l.location,
            under: under[i],
        }
    };
    for (i, l) in lines.iter().enumerate() {
        if !todo.iter().any(|t| *t) {
            break;
        }
        if citing[i] || placeholder_clause(&l.text) {
            continue;
        }
        // (A recital on the next line cites: it does not complete this line.)
        let hay = if citing.get(i + 1) == Some(&true) { l.sk.as_str().into() } else { with_next(lines, i) };
        let hay = hay.as_ref();
        // A background tells what happened ("a land dispute, settled by the court"): it
        // states no clause on disputes or termination.
        // Nor does an item of what the cooperation covers ("c. penyelesaian sengketa di luar
        // pengadilan melalui mediasi" is a service a prosecutor's office gives).
        let item = || numbered(&l.text) || l.text.trim_start().starts_with(['-', '•', '*']);
        let states_no_clause =
            under[i] == Some(SectionId::Background) || (matches!(under[i], Some(SectionId::Scope | SectionId::Object)) && item());
        for (pat, start, end) in k.inline_index.phrases.matches(hay) {
            let n = k.inline_index.owners[pat];
            let clause = matches!(k.sections[n].id, SectionId::Dispute | SectionId::Termination);
            // "pengakhiran kegiatan pelatihan", "a student whose enrolment is terminated":
            // something else is ended.
            // (What stands before the phrase, auxiliaries set aside: "whose enrolment [is]".)
            let subject = || {
                let mut before = hay[..start].trim_end();
                while let Some(rest) = before.rsplit_once(' ').filter(|(_, w)| k.auxiliaries.iter().any(|a| a == w)).map(|(r, _)| r) {
                    before = rest.trim_end();
                }
                before
            };
            let other_end = k.sections[n].id == SectionId::Termination && {
                let after = hay.get(end..).unwrap_or_default().trim_start();
                let after = after.strip_prefix("of ").unwrap_or(after);
                let before = subject();
                k.ended_not_agreement.iter().any(|w| starts_with_words(after, w) || ends_with_word(before, w))
            };
            // "The experts will benefit from such facilities": people, not the region, benefit.
            let other_beneficiary =
                k.sections[n].id == SectionId::Benefit && k.persons_benefiting.iter().any(|w| ends_with_word(subject(), w));
            // (A phrase past the line's own end belongs to the next line.)
            if !todo[n]
                || (states_no_clause && clause)
                || other_end
                || other_beneficiary
                || start >= l.sk.len()
                || sent_elsewhere(hay, end)
                || named_clause(hay, start, n)
            {
                continue;
            }
            let sentence = sentence_before(i, hay, start);
            if !not_stated_in(&sentence) && !in_other_sentence(n, &sentence) {
                todo[n] = false;
                out.push(body(n, i, 0.6));
            }
        }
        // A sentence that states a section in words of its own: a word of every set of one
        // of its statements, in this order, in one sentence ("the difference of opinion ...
        // shall be resolved by consultation", "may bring the relationship to an end ... by
        // a written notice").
        // (Which statements open on the line: one search for all.)
        // (Empty when none opens: grown to the highest statement that does.)
        let mut opened: Vec<bool> = Vec::new();
        if k.sections.iter().enumerate().any(|(n, s)| todo[n] && !s.statements.is_empty()) {
            for (pat, _, _) in k.statement_openers.phrases.matches(hay) {
                let owner = k.statement_openers.owners[pat];
                if owner >= opened.len() {
                    opened.resize(owner + 1, false);
                }
                opened[owner] = true;
            }
        }
        // (Its sentence may run over the next lines: "Setiap perbedaan pendapat mengenai
        // penafsiran atau" / "pelaksanaan ..., serta hal-hal yang" / "belum diatur ..., akan
        // diselesaikan secara" / "damai melalui konsultasi", a column of a bilingual page.)
        let sentence_hay = if opened.is_empty() { hay.into() } else { sentence_on(lines, i) };
        let hay = sentence_hay.as_ref();
        for (n, section) in k.sections.iter().enumerate() {
            if opened.is_empty() || !todo[n] || section.statements.is_empty() {
                continue;
            }
            let clause = matches!(section.id, SectionId::Dispute | SectionId::Termination);
            let states = !(states_no_clause && clause)
                && section.statements.iter().enumerate().any(|(si, sets)| {
                    if !opened.get(section.first_statement + si).copied().unwrap_or(false) {
                        return false;
                    }
                    let Some((first, rest)) = sets.split_first() else { return false };
                    // Not right after "mutual" ("would bring further mutual benefits" is the
                    // principle of a recital), nor after a word that makes it something else
                    // ("sebelum jangka waktu berakhir" is the term's end).
                    // (A reference may stand between: "sebelum jangka waktu sebagaimana
                    // dimaksud pada ayat (1) berakhir".)
                    let after_word = |at: usize, words: &[String]| {
                        let mut before = hay[..at].trim_end();
                        for _ in 0..8 {
                            if words.iter().any(|m| before.ends_with(m.as_str())) {
                                return true;
                            }
                            let Some((rest, last)) = before.rsplit_once(' ') else { return false };
                            let joins = matches!(last, "dan" | "and" | "or" | "atau");
                            let reference = !last.contains(char::is_alphabetic)
                                || (!joins && k.references.iter().chain(&k.reference_words).any(|r| r == last));
                            if !reference {
                                return false;
                            }
                            before = rest.trim_end();
                        }
                        false
                    };
                    let preceded = |at: usize| after_word(at, &k.mutual) || after_word(at, &section.not_stated_after);
                    first
                        .matches(hay)
                        .filter(|(_, start, _)| !after_word(*start, &section.not_stated_after) && !named_clause(hay, *start, n))
                        .any(|(_, start, end)| {
                            let to = sentence_end(&hay[end..]).map_or(hay.len(), |p| end + p);
                            let after = hay[end..].trim_start();
                            let other_end = section.id == SectionId::Termination
                                && k.ended_not_agreement.iter().any(|w| starts_with_words(after.strip_prefix("of ").unwrap_or(after), w));
                            // Each next word after the one before, in the sentence.
                            let in_order = || {
                                let mut at = end;
                                rest.iter().all(|set| {
                                    let next = set.matches(&hay[at..to]).find(|(_, s, _)| !preceded(at + s));
                                    match next {
                                        Some((_, _, e)) => {
                                            at += e;
                                            true
                                        }
                                        None => false,
                                    }
                                })
                            };
                            let filtered = || {
                                other_end || defers_after(hay[end..].split(['.', ';']).next().unwrap_or_default(), k) || {
                                    let sentence = sentence_before(i, hay, start);
                                    // (The whole sentence, built only for a section with such words.)
                                    let with = || {
                                        let whole = format!("{sentence} {}", &hay[start..to]);
                                        section.not_stated_with.iter().any(|w| contains_words(&whole, w))
                                    };
                                    not_stated_in(&sentence) || (!section.not_stated_with.is_empty() && with())
                                }
                            };
                            start < l.sk.len() && in_order() && !filtered()
                        })
                });
            if states {
                todo[n] = false;
                out.push(body(n, i, 0.5));
            }
        }
        // (Or a sentence wrapped just before its colon: "... menetapkan target pelaksanaan
        // Perjanjian Kerja Sama ini sebagai" / "berikut:".)
        // (Not a form's label over its colon: "Bidang DAK Fisik" / ":".)
        let wrapped = || {
            let rest = hay.get(l.sk.len()..)?;
            let p = rest.find(':').filter(|&p| p <= 12 && rest[..p].contains(char::is_alphabetic))?;
            Some(&hay[..l.sk.len() + p + 1])
        };
        // (Or a list run into a sentence after its copula: "Hasil yang ingin dicapai pada
        // akhir tahun pertama adalah seluruh pemotongan ..., tingkat utilisasi ..., dan RPH
        // memperoleh NKV": the sentence's colon, when three items or more follow.)
        let copula = || {
            let words = k.list_copulas.iter().filter_map(|c| word_matches(&l.sk, c).next().map(|at| (at, c.len()))).min()?;
            let (at, len) = words;
            let (head, rest) = (&l.sk[..at], &l.sk[at + len..]);
            let separated = rest.matches([',', ';']).count() >= 2 && k.list_separators.iter().any(|w| contains_words(rest, w));
            (separated && head.split_whitespace().count() <= 15).then(|| format!("{}:{rest}", head.trim_end()))
        };
        let copula_listing = if l.sk.contains(':') { None } else { copula() };
        if let Some(listing) = if l.sk.contains(':') { Some(l.sk.as_str()) } else { wrapped().or(copula_listing.as_deref()) } {
            for (n, section) in k.sections.iter().enumerate() {
                // (A list introduced "for mutual benefit ... as follows:" lists no benefits.)
                let not_before = [section.not_before.as_slice(), k.mutual.as_slice()];
                if todo[n] && !section.list_words.is_empty() && introduces_list(listing, &section.list_words, &not_before) {
                    todo[n] = false;
                    out.push(body(n, i, 0.6));
                }
            }
        }
        // (Not a deadline: "conclude a Memorandum within a period of twelve (12) months".)
        let deadline = |at: usize| {
            let before: Vec<&str> = hay[..at].split_whitespace().rev().take(3).collect();
            let before = before.into_iter().rev().collect::<Vec<_>>().join(" ");
            k.deadline_words.iter().any(|w| contains_words(&before, w))
        };
        if (wanted(&todo, duration) || wanted(&todo, validity))
            && SPAN.find_iter(hay.as_bytes()).any(|m| m.start() < l.sk.len() && !deadline(m.start()))
        {
            for n in [duration, validity].into_iter().flatten() {
                if todo[n] {
                    todo[n] = false;
                    out.push(body(n, i, 0.5));
                }
            }
        }
        // (Or the longest it lasts, in a sentence that says when it takes effect.)
        if let Some(n) = duration.filter(|n| todo[*n]) {
            let effect = || k.inline_index.phrases.matches(hay).any(|(p, _, _)| Some(k.inline_index.owners[p]) == validity);
            if BOUND.is_match(hay.as_bytes()) && effect() {
                todo[n] = false;
                out.push(body(n, i, 0.5));
            }
        }
        if let Some(n) = financing.filter(|n| todo[*n]) {
            if states_amount(l) {
                todo[n] = false;
                out.push(body(n, i, 0.5));
            }
        }
        // A clause that names the cooperation and lists three fields or more.
        if let Some(n) = scope.filter(|n| todo[*n]) {
            if k.fields.items(hay, &k.list_separators) >= 3 && k.cooperation.any(hay) {
                todo[n] = false;
                out.push(body(n, i, 0.5));
            }
        }
        // "Program ini memberikan manfaat bagi warga berupa ...": the word,
        // then concrete items; not "bertujuan memberikan manfaat bagi kedua kota".
        if let Some(n) = benefit.filter(|n| todo[*n]) {
            let section = &k.sections[n];
            let stated = section.list_words.iter().any(|w| {
                hay.match_indices(w.as_str()).any(|(at, _)| {
                    let before = hay[..at].trim_end();
                    let after: String = hay[at + w.len()..].chars().take(50).collect();
                    // The word itself, not inside another ("pemanfaatan aset": the use of assets).
                    let whole = !hay[..at].ends_with(char::is_alphanumeric)
                        && !after.strip_prefix("nya").unwrap_or(after.trim_start_matches('s')).starts_with(char::is_alphanumeric);
                    whole
                        && !section.not_before.iter().chain(&k.mutual).any(|x| before.ends_with(x.as_str()))
                        && at < l.sk.len()
                        && k.enumerators.any(&after)
                })
            });
            if stated {
                todo[n] = false;
                out.push(body(n, i, 0.5));
            }
        }
    }
    if let Some(f) = scope.filter(|n| todo[*n]).and_then(|_| field_list(lines, citing, under, k).or_else(|| components(lines, citing, k))) {
        out.push(f);
    }
    if wanted(&todo, duration) {
        out.extend(titled_period(lines, k));
    }
    out
}
