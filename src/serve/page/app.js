// The page of `naskah serve`: the workspace, the form of one cooperation (generated from
// the input's JSON Schema), its live preview, and the check and compare pages. Plain
// JavaScript, no build step; the cooperation file is edited as a YAML document with the
// `yaml` library (window.YAML), which keeps the file's comments and order.
'use strict';

const S = {
  lang: localStorage.getItem('naskah.lang') || 'id',
  token: null,
  schema: null,
  ed: null, // the editor's state: {file, doc, version, dirty, ...}
  checked: null, // the last answer of the check page, shown again after a switch of language
  compared: null, // the same for the compare page
};

// ---------------------------------------------------------------- words of the page
const T = {
  id: {
    'nav.workspace': 'Ruang kerja', 'nav.check': 'Periksa draf', 'nav.compare': 'Bandingkan draf',
    'ws.title': 'Kerja sama di ruang kerja', 'ws.file': 'Berkas', 'ws.partner': 'Mitra', 'ws.stage': 'Tahap',
    'ws.next': 'Langkah berikutnya', 'ws.deadline': 'Tenggat berikutnya', 'ws.open': 'Buka', 'ws.none': 'Belum ada berkas kerja sama di folder ini.',
    'ws.new': 'Kerja sama baru', 'ws.newname': 'nama-berkas', 'ws.create': 'Buat dari contoh', 'ws.failed': 'Berkas yang belum dapat dibaca',
    'ws.days': 'hari lagi', 'ws.overdue': 'lewat', 'ws.today': 'Hari ini',
    'ed.save': 'Simpan', 'ed.saved': 'Tersimpan', 'ed.unsaved': 'Belum disimpan', 'ed.saving': 'Menyimpan…',
    'ed.errors': 'kesalahan', 'ed.warnings': 'peringatan', 'ed.valid': 'Isian lengkap dan sah',
    'ed.conflict': 'Berkas ini diubah di tempat lain (tab lain atau penyunting) sejak dibuka.',
    'ed.reload': 'Muat ulang (buang perubahan di sini)', 'ed.overwrite': 'Simpan tetap (timpa perubahan lain)',
    'ed.backup': 'Komentar berkas lama disimpan di', 'ed.add': 'Tambah', 'ed.addfield': 'Tambah isian…', 'ed.remove': 'Hapus',
    'ed.up': 'Naik', 'ed.down': 'Turun', 'ed.item': 'Butir', 'ed.document': 'Naskah', 'ed.layout': 'Tata letak',
    'ed.columns': 'Dua kolom', 'ed.sequential': 'Berurutan', 'ed.year': 'Tahun', 'ed.download': 'Unduh',
    'ed.packet': 'Paket DPRD (zip)', 'ed.preview.fix': 'Pratinjau menunggu isian diperbaiki:', 'ed.pages': 'halaman',
    'ed.yaml': 'Sunting sebagai YAML', 'ed.yaml.bad': 'YAML tidak sah:', 'ed.leave': 'Ada perubahan yang belum disimpan.',
    'ed.general': 'Untuk berkas secara keseluruhan', 'ed.remove.key': 'Hapus isian ini',
    'lang.id': 'Indonesia', 'lang.en': 'English',
    'doc.loi': 'Surat pernyataan kehendak (LoI)', 'doc.plan': 'Rencana kerja sama', 'doc.action-plan': 'Rencana aksi',
    'doc.dprd-letter': 'Surat kepada DPRD', 'doc.mou': 'Nota Kesepahaman (MoU)', 'doc.mendagri-plan': 'Surat kepada Mendagri (rencana)',
    'doc.mendagri-mou': 'Surat kepada Mendagri (rancangan MoU)', 'doc.rkt': 'Rencana kerja tahunan', 'doc.report': 'Laporan pelaksanaan',
    'doc.mendagri-report': 'Surat kepada Mendagri (laporan)',
    'ck.title': 'Periksa draf dari mitra', 'ck.drop': 'Letakkan draf di sini (DOCX, PDF, teks, pindaian), atau pilih berkas', 'ck.kind': 'Jenis naskah',
    'ck.auto': 'kenali sendiri', 'ck.run': 'Periksa', 'ck.found': 'ada', 'ck.weak': 'disebut dalam teks', 'ck.missing': 'tidak ada', 'ck.notdoc': 'bukan naskah kerja sama',
    'ck.findings': 'Temuan', 'ck.sections': 'Bagian', 'ck.where': 'halaman', 'ck.line': 'baris', 'ck.busy': 'Memeriksa…',
    'cp.title': 'Bandingkan draf mitra dengan draf kita', 'cp.ours': 'Draf kita', 'cp.theirs': 'Draf mitra', 'cp.upload': 'unggah berkas…',
    'cp.run': 'Bandingkan', 'cp.redline': 'Unduh redline (DOCX, perubahan terlacak)', 'cp.substantive': 'Ada perubahan substansial',
    'cp.none': 'Tidak ada perubahan substansial', 'cp.flags': 'Yang perlu diperhatikan', 'cp.changes': 'Perubahan per pasal', 'cp.busy': 'Membandingkan…',
    'token.ask': 'Halaman ini meminta token yang dicetak saat naskah serve dijalankan:', 'token.ok': 'Masuk',
    'cp.names': 'nama', 'sev.error': 'kesalahan', 'sev.warning': 'peringatan', 'sev.info': 'informasi',
    'st.changed': 'berubah', 'st.inserted': 'pasal baru', 'st.deleted': 'dihapus', 'st.split': 'dipecah', 'st.merged': 'digabung', 'st.same': 'tetap',
    'help': 'Bantuan', 'ck.nofindings': 'Tidak ada temuan', 'em.upload': 'Unggah gambar (PNG atau SVG)…',
    'em.replace': 'Berkas dengan nama ini sudah ada di folder kerja. Ganti dengan gambar yang baru?', 'em.big': 'Gambar lebih dari 8 MB: ekspor lambang sekitar 600 piksel tingginya.',
    'em.done': 'Gambar disimpan di folder kerja sebagai', 'em.none': 'Belum ada gambar',
  },
  en: {
    'nav.workspace': 'Workspace', 'nav.check': 'Check a draft', 'nav.compare': 'Compare drafts',
    'ws.title': 'Cooperations in the workspace', 'ws.file': 'File', 'ws.partner': 'Partner', 'ws.stage': 'Stage',
    'ws.next': 'Next step', 'ws.deadline': 'Next deadline', 'ws.open': 'Open', 'ws.none': 'No cooperation file in this folder yet.',
    'ws.new': 'New cooperation', 'ws.newname': 'file-name', 'ws.create': 'Create from the starter', 'ws.failed': 'Files that cannot be read yet',
    'ws.days': 'days left', 'ws.overdue': 'overdue', 'ws.today': 'Today',
    'ed.save': 'Save', 'ed.saved': 'Saved', 'ed.unsaved': 'Not saved', 'ed.saving': 'Saving…',
    'ed.errors': 'errors', 'ed.warnings': 'warnings', 'ed.valid': 'Complete and valid',
    'ed.conflict': 'This file was changed elsewhere (another tab or an editor) since it was opened.',
    'ed.reload': 'Reload (drop the changes here)', 'ed.overwrite': 'Save anyway (replace the other changes)',
    'ed.backup': 'The old file, with its comments, was kept as', 'ed.add': 'Add', 'ed.addfield': 'Add a field…', 'ed.remove': 'Remove',
    'ed.up': 'Up', 'ed.down': 'Down', 'ed.item': 'Item', 'ed.document': 'Document', 'ed.layout': 'Layout',
    'ed.columns': 'Two columns', 'ed.sequential': 'Sequential', 'ed.year': 'Year', 'ed.download': 'Download',
    'ed.packet': 'DPRD packet (zip)', 'ed.preview.fix': 'The preview waits for these to be fixed:', 'ed.pages': 'pages',
    'ed.yaml': 'Edit as YAML', 'ed.yaml.bad': 'Not valid YAML:', 'ed.leave': 'There are unsaved changes.',
    'ed.general': 'About the file as a whole', 'ed.remove.key': 'Remove this field',
    'lang.id': 'Indonesian', 'lang.en': 'English',
    'doc.loi': 'Letter of Intent', 'doc.plan': 'Cooperation plan', 'doc.action-plan': 'Action plan',
    'doc.dprd-letter': 'Letter to the DPRD', 'doc.mou': 'Memorandum of Understanding', 'doc.mendagri-plan': 'Letter to the Minister (plan)',
    'doc.mendagri-mou': 'Letter to the Minister (draft MoU)', 'doc.rkt': 'Annual work plan', 'doc.report': 'Implementation report',
    'doc.mendagri-report': 'Letter to the Minister (report)',
    'ck.title': "Check a partner's draft", 'ck.drop': 'Drop drafts here (DOCX, PDF, text, scans), or choose files', 'ck.kind': 'Kind of document',
    'ck.auto': 'recognise it', 'ck.run': 'Check', 'ck.found': 'found', 'ck.weak': 'stated in the text', 'ck.missing': 'missing', 'ck.notdoc': 'not a cooperation document',
    'ck.findings': 'Findings', 'ck.sections': 'Sections', 'ck.where': 'page', 'ck.line': 'line', 'ck.busy': 'Checking…',
    'cp.title': "Compare the partner's draft with ours", 'cp.ours': 'Our draft', 'cp.theirs': "Partner's draft", 'cp.upload': 'upload a file…',
    'cp.run': 'Compare', 'cp.redline': 'Download the redline (DOCX, tracked changes)', 'cp.substantive': 'Substantive changes',
    'cp.none': 'No substantive change', 'cp.flags': 'To look at', 'cp.changes': 'Changes by article', 'cp.busy': 'Comparing…',
    'token.ask': 'This page needs the token printed when naskah serve started:', 'token.ok': 'Enter',
    'cp.names': 'names', 'sev.error': 'error', 'sev.warning': 'warning', 'sev.info': 'info',
    'st.changed': 'changed', 'st.inserted': 'new', 'st.deleted': 'removed', 'st.split': 'split', 'st.merged': 'merged', 'st.same': 'same',
    'help': 'Help', 'ck.nofindings': 'No findings', 'em.upload': 'Upload an image (PNG or SVG)…',
    'em.replace': 'A file of this name is already in the workspace folder. Replace it with the new image?', 'em.big': 'The image is over 8 MB: export the emblem at about 600 pixels high.',
    'em.done': 'The image was saved in the workspace folder as', 'em.none': 'No image yet',
  },
};
const t = (k) => (T[S.lang][k] ?? T.en[k] ?? k);
// A text of the server in the page's language: `message` or `message_id`, and so on
// (the server sends both; the English stands in where no Indonesian is given).
const said = (o, k) => (o ? (S.lang === 'id' && o[k + '_id']) || o[k] : null);
// A schema's help text in the page's language (`x-description-id` beside `description`).
const desc = (s) => (s ? (S.lang === 'id' && s['x-description-id']) || s.description : null);
const DOCS = ['loi', 'plan', 'action-plan', 'dprd-letter', 'mou', 'mendagri-plan', 'mendagri-mou', 'rkt', 'report', 'mendagri-report'];

// Labels of the input's keys in Indonesian (the English label is the key itself).
const LABELS = {
  kind: 'Jenis kerja sama', form: 'Bentuk', region: 'Daerah', partner: 'Mitra', languages: 'Bahasa', subject: 'Pokok kerja sama',
  background: 'Latar belakang', purpose: 'Maksud', objectives: 'Tujuan', targets: 'Sasaran', fields: 'Bidang', scope: 'Ruang lingkup',
  benefits: 'Manfaat', outputs: 'Keluaran', activities: 'Kegiatan (rencana aksi)', term: 'Jangka waktu', financing: 'Pembiayaan',
  loi: 'Surat pernyataan kehendak (LoI)', dprd_letter: 'Surat kepada DPRD', mou: 'Nota Kesepahaman (MoU)', style: 'Format naskah dinas',
  options: 'Pilihan', name: 'Nama', head: 'Kepala daerah', head_title: 'Jabatan kepala', government: 'Pemerintahan', country: 'Negara',
  level: 'Tingkat', province: 'Provinsi', address: 'Alamat', phone: 'Telepon', website: 'Laman', email: 'Surel', prevailing: 'Bahasa yang berlaku',
  text: 'Teks', indicator: 'Indikator', target: 'Target', activity: 'Kegiatan', objective: 'Tujuan', output: 'Keluaran', benefit: 'Manfaat',
  year: 'Tahun', quarter: 'Triwulan', location: 'Tempat', target_group: 'Kelompok sasaran', urusan: 'Urusan pemerintahan', opd: 'Perangkat daerah',
  counterpart: 'Mitra pelaksana', funding: 'Sumber dana', remarks: 'Keterangan', costs: 'Biaya', amount_idr: 'Jumlah (rupiah)', source: 'Sumber',
  date: 'Tanggal', number: 'Nomor', place: 'Tempat', start: 'Mulai', end: 'Selesai', years: 'Lama (tahun)', key: 'Kunci', object: 'Objek',
  transfer: 'Alih pengetahuan', title: 'Jabatan', rank: 'Pangkat', nip: 'NIP', acting: 'Pelaksana', signatory: 'Penanda tangan',
  enclosures: 'Lampiran', file: 'Berkas', approved: 'Disetujui', dprd_decision: 'Keputusan DPRD', mendagri: 'Kementerian Dalam Negeri',
  initiative: 'Prakarsa', implementation: 'Pelaksanaan', progress: 'Kemajuan', kemlu_confirmation: 'Konfirmasi Kemlu', third: 'Bahasa ketiga',
  code: 'Kode', emblem: 'Lambang Negara', paper: 'Kertas', font: 'Huruf', margins: 'Margin', clauses: 'Klausul', translation: 'Terjemahan',
  achieved: 'Capaian', addressee: 'Alamat tujuan', addressee_en: 'Alamat tujuan (bahasa Inggris)', addressee_place: 'Tempat alamat tujuan',
  agreements: 'Naskah yang ditandatangani bersama mitra', approval: 'Persetujuan', assets: 'Aset', attach_mou: 'Lampirkan rancangan MoU',
  attachments: 'Lampiran surat', bottom: 'Bawah', budget_idr: 'Anggaran (rupiah)', by: 'Pemrakarsa', consideration: 'Pertimbangan Menteri',
  consultation_date: 'Tanggal konsultasi', follow_up: 'Tindak lanjut', font_size: 'Ukuran huruf', form_name: 'Nama bentuk kerja sama',
  institution_type: 'Jenis lembaga', left: 'Kiri', letter: 'Surat', level_justification: 'Alasan kesetaraan tingkat', line_spacing: 'Spasi baris',
  mendagri_cq: 'Unit tujuan c.q. di Kemendagri', mou_letter: 'Surat pengantar rancangan MoU', name_third: 'Nama dalam bahasa ketiga',
  notice_months: 'Pemberitahuan pengakhiran (bulan)', official_name: 'Nama resmi', outcome: 'Keputusan', partner_date: 'Tanggal tanda tangan mitra',
  partner_place: 'Tempat tanda tangan mitra', plan_letter: 'Surat pengantar rencana kerja sama', problems: 'Permasalahan', province_en: 'Provinsi (bahasa Inggris)',
  received: 'Tanggal diterima DPRD', renews: 'Memperbarui MoU', replaces: 'Menggantikan kegiatan', report_due_days: 'Tenggat laporan (hari)', reports: 'Laporan pelaksanaan',
  right: 'Kanan', sifat: 'Sifat', signing: 'Cara penandatanganan', since: 'Kerja sama sejak', sources: 'Sumber pembiayaan', spent_idr: 'Realisasi (rupiah)', spent: 'Realisasi per sumber',
  status: 'Status', third_parties: 'Pihak ketiga', top: 'Atas', validity_years: 'Masa berlaku (tahun)', wording: 'Rumusan',
  work_plan_lead_days: 'Tenggat RKT (hari sebelum tahun berjalan)', work_plans: 'Rencana kerja tahunan',
};
const human = (k) => String(k).replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
const label = (k) => (S.lang === 'id' && LABELS[k]) || human(k);

// ---------------------------------------------------------------- small helpers
function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of kids.flat()) if (c != null && c !== false) e.append(c instanceof Node ? c : String(c));
  return e;
}
const $ = (sel, root = document) => root.querySelector(sel);
function toast(msg, bad) {
  const b = $('#toast');
  b.textContent = msg;
  b.className = bad ? 'show bad' : 'show';
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => (b.className = ''), 4000);
}
function debounce(f, ms) {
  let h;
  return (...a) => { clearTimeout(h); h = setTimeout(() => f(...a), ms); };
}
function withToken(url) {
  if (!S.token) return url;
  return url + (url.includes('?') ? '&' : '?') + 'token=' + encodeURIComponent(S.token);
}
async function api(url, opts = {}) {
  const headers = Object.assign({}, opts.headers || {});
  if (S.token) headers['x-naskah-token'] = S.token;
  const r = await fetch(url, Object.assign({}, opts, { headers }));
  if (r.status === 401) { askToken(); throw new Error('token'); }
  return r;
}
function askToken() {
  const main = $('#main');
  main.replaceChildren(el('section', { class: 'card narrow' },
    el('p', { text: t('token.ask') }),
    el('form', { onsubmit: (e) => { e.preventDefault(); S.token = $('#token').value.trim(); sessionStorage.setItem('naskah.token', S.token); route(); } },
      el('input', { id: 'token', autocomplete: 'off', size: 40 }), ' ', el('button', { type: 'submit', text: t('token.ok') }))));
}
const sameJson = (a, b) => JSON.stringify(a) === JSON.stringify(b);

// ---------------------------------------------------------------- the schema
function deref(s) {
  const defs = S.schema.$defs || S.schema.definitions || {};
  for (let guard = 0; s && s.$ref && guard < 20; guard++) {
    const own = { description: s.description, 'x-description-id': s['x-description-id'] };
    s = defs[s.$ref.replace(/^#\/(\$defs|definitions)\//, '')] || {};
    // The property's own description wins over its type's.
    if (own.description) s = Object.assign({}, s, own);
  }
  return s || {};
}
// The schema of a value, with `null` alternatives (an optional value) removed.
function plain(s) {
  s = deref(s);
  const alts = s.anyOf || (s.oneOf && !s.oneOf.every((o) => deref(o).const !== undefined || deref(o).enum) ? s.oneOf : null);
  if (alts) {
    const some = alts.map(deref).filter((a) => a.type !== 'null');
    if (some.length === 1) {
      const from = s.description ? s : some[0];
      return Object.assign({}, some[0], { description: from.description, 'x-description-id': from['x-description-id'] });
    }
  }
  if (Array.isArray(s.type)) {
    const ty = s.type.filter((x) => x !== 'null');
    if (ty.length === 1) return Object.assign({}, s, { type: ty[0] });
  }
  return s;
}
// The choices of an enumeration: [{value, help}] or null.
function choices(s) {
  if (s.enum) return s.enum.filter((v) => v !== null).map((v) => ({ value: v }));
  const alts = s.oneOf || s.anyOf;
  if (alts && alts.length && alts.map(deref).every((a) => a.const !== undefined || (a.enum && a.enum.length === 1))) {
    return alts.map(deref).map((a) => ({ value: a.const !== undefined ? a.const : a.enum[0], help: desc(a) }));
  }
  return null;
}
const isBi = (s) => s.type === 'object' && s.properties && s.properties.id && s.properties.en;
// A date only (a date picker): the format says so, or the pattern takes a date and nothing
// else (`term.start` also takes `signature`: a text box).
function isDate(s) {
  if (s.format === 'date') return true;
  if (!s.pattern) return false;
  try {
    const re = new RegExp(s.pattern);
    return re.test('2026-03-13') && !re.test('signature') && !re.test('x');
  } catch (_) { return false; }
}
// A value to start a new list item or field with.
function blank(s, depth = 0) {
  s = plain(s);
  const c = choices(s);
  if (c && c.length) return c[0].value;
  if (s.default !== undefined) return s.default;
  if (depth > 6) return null;
  if (isBi(s)) return { id: '', en: '' };
  switch (s.type) {
    case 'object': {
      const o = {};
      for (const k of s.required || []) o[k] = blank((s.properties || {})[k] || {}, depth + 1);
      return o;
    }
    case 'array': return [];
    case 'integer': case 'number': return isYear(s) ? new Date().getFullYear() : 0;
    case 'boolean': return false;
    default: return isDate(s) ? new Date().toISOString().slice(0, 10) : '';
  }
}
const isYear = (s) => /year/i.test(s.description || '') && (s.minimum || 0) >= 1900;

// ---------------------------------------------------------------- routing
function route() {
  const h = location.hash || '#/';
  for (const a of document.querySelectorAll('[data-nav]')) {
    const on = (a.dataset.nav === 'workspace' && (h === '#/' || h.startsWith('#/edit'))) || h.startsWith('#/' + a.dataset.nav);
    a.classList.toggle('on', on);
  }
  if (S.ed && !h.startsWith('#/edit/' + encodeURIComponent(S.ed.file))) S.ed = null;
  if (h.startsWith('#/edit/')) return openEditor(decodeURIComponent(h.slice(7)));
  if (h.startsWith('#/check')) return checkPage();
  if (h.startsWith('#/compare')) return comparePage();
  return workspacePage();
}
function setLang(l) {
  S.lang = l;
  localStorage.setItem('naskah.lang', l);
  document.documentElement.lang = l;
  $('#lang-id').setAttribute('aria-pressed', l === 'id');
  $('#lang-en').setAttribute('aria-pressed', l === 'en');
  for (const e of document.querySelectorAll('[data-t]')) e.textContent = t(e.dataset.t);
  // The editor again in the new language; the preview's messages are the server's, asked again.
  if (S.ed) { renderEditor(); previewNow(); } else route();
}

// ---------------------------------------------------------------- the workspace
async function workspacePage() {
  const main = $('#main');
  const r = await api('/api/status');
  const st = await r.json();
  const rows = st.cooperations.map((c) => {
    const d = (c.deadlines || []).find((x) => x.status !== 'done') || null;
    const when = d ? el('span', { class: 'due ' + d.status },
      `${d.date} · ${S.lang === 'id' ? d.label_id : d.label}`, el('br'), d.days_left < 0 ? `${-d.days_left} ${t('ws.overdue')}` : `${d.days_left} ${t('ws.days')}`) : '—';
    return el('tr', {},
      el('td', {}, el('a', { href: '#/edit/' + encodeURIComponent(c.file), class: 'file' }, c.file)),
      el('td', {}, c.partner, el('br'), el('small', { text: c.country || '' })),
      el('td', {}, el('span', { class: 'stage', text: S.lang === 'id' ? c.stage_label_id : c.stage_label })),
      el('td', {}, S.lang === 'id' ? c.next.step_id : c.next.step, c.next.command ? el('div', {}, el('code', { text: c.next.command })) : null),
      el('td', {}, when),
      el('td', {}, el('a', { class: 'button', href: '#/edit/' + encodeURIComponent(c.file), text: t('ws.open') })));
  });
  const failed = (st.failed || []).map((f) => el('li', {},
    el('a', { href: '#/edit/' + encodeURIComponent(f.file), text: f.file }), ': ',
    said(f.diagnostics[0], 'message') || '', f.diagnostics.length > 1 ? ` (+${f.diagnostics.length - 1})` : ''));
  const name = el('input', { id: 'new-name', placeholder: t('ws.newname'), pattern: '[A-Za-z0-9_. -]+', required: true });
  main.replaceChildren(
    el('section', { class: 'card' },
      el('h1', { text: t('ws.title') }),
      el('p', { class: 'muted' }, st.workspace, ' · ', t('ws.today'), ' ', st.today),
      rows.length ? el('table', { class: 'list' },
        el('thead', {}, el('tr', {}, ['ws.file', 'ws.partner', 'ws.stage', 'ws.next', 'ws.deadline', ''].map((k) => el('th', { text: k ? t(k) : '' })))),
        el('tbody', {}, rows)) : el('p', { text: t('ws.none') }),
      failed.length ? el('div', { class: 'failed' }, el('h2', { text: t('ws.failed') }), el('ul', {}, failed)) : null),
    el('section', { class: 'card' },
      el('h2', { text: t('ws.new') }),
      el('form', { id: 'new-form', onsubmit: async (e) => {
        e.preventDefault();
        const r = await api('/api/new', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: name.value.trim() }) });
        const j = await r.json();
        if (!r.ok) return toast(j.error, true);
        location.hash = '#/edit/' + encodeURIComponent(j.file);
      } }, name, '.yaml ', el('button', { type: 'submit', text: t('ws.create') }))));
}

// ---------------------------------------------------------------- the editor
async function openEditor(file) {
  if (S.ed && S.ed.file === file) return renderEditor();
  if (!S.schema) S.schema = await (await api('/api/schema')).json();
  const r = await api('/api/file/' + encodeURIComponent(file));
  const j = await r.json();
  if (!r.ok) { $('#main').replaceChildren(el('section', { class: 'card' }, el('p', { class: 'bad', text: j.error }))); return; }
  S.ed = { file, version: j.version, doc: YAML.parseDocument(j.text), saved: j.text, diags: [], kind: 'mou', layout: 'columns', year: '', seq: 0, pseq: 0, pages: [] };
  renderEditor();
  validateNow();
  previewNow();
}
const text = () => S.ed.doc.toString({ lineWidth: 100 });
function changed() {
  const ed = S.ed;
  ed.dirty = text() !== ed.saved;
  showSaveState();
  validateSoon();
  previewSoon();
}
function showSaveState() {
  const b = $('#save-state');
  if (!b) return;
  b.textContent = S.ed.dirty ? t('ed.unsaved') : t('ed.saved');
  b.className = S.ed.dirty ? 'unsaved' : 'saved';
}
function renderEditor() {
  const ed = S.ed;
  const form = el('div', { id: 'form', class: 'form' });
  ed.fields = new Map();
  buildForm(form);
  const kindSel = el('select', { id: 'doc-kind', onchange: (e) => { ed.kind = e.target.value; previewNow(); downloads(); } },
    DOCS.map((k) => el('option', { value: k, selected: k === ed.kind, text: t('doc.' + k) })));
  const laySel = el('select', { id: 'doc-layout', onchange: (e) => { ed.layout = e.target.value; previewNow(); downloads(); } },
    el('option', { value: 'columns', selected: ed.layout === 'columns', text: t('ed.columns') }),
    el('option', { value: 'sequential', selected: ed.layout === 'sequential', text: t('ed.sequential') }));
  const year = el('input', { id: 'doc-year', type: 'number', min: 2000, max: 2100, value: ed.year, placeholder: t('ed.year'), class: 'year',
    onchange: (e) => { ed.year = e.target.value; previewNow(); downloads(); } });
  $('#main').replaceChildren(el('div', { class: 'editor' },
    el('section', { class: 'left' },
      el('div', { class: 'bar' },
        el('strong', { class: 'file', text: ed.file }),
        el('span', { id: 'save-state' }),
        el('button', { id: 'save', type: 'button', onclick: () => save(false), text: t('ed.save') }),
        el('span', { id: 'summary' })),
      el('div', { id: 'general' }),
      form),
    el('section', { class: 'right' },
      el('div', { class: 'bar' }, kindSel, laySel, year, el('span', { id: 'downloads' })),
      el('div', { id: 'preview-msgs' }),
      el('div', { id: 'preview', class: 'pages' }, ed.pages.map(pageOf)))));
  showSaveState();
  showDiagnostics();
  downloads();
}
function downloads() {
  const ed = S.ed;
  const q = `?layout=${ed.layout}` + (ed.year ? `&year=${ed.year}` : '');
  const base = `/api/draft/${encodeURIComponent(ed.file)}/${ed.kind}`;
  const link = (href, txt, id) => el('a', { class: 'button', id, href: withToken(href), onclick: saveFirst, text: txt });
  $('#downloads').replaceChildren(t('ed.download') + ': ',
    link(base + '.docx' + q, 'DOCX', 'dl-docx'), ' ', link(base + '.pdf' + q, 'PDF', 'dl-pdf'), ' ',
    link(`/api/packet/${encodeURIComponent(ed.file)}?layout=${ed.layout}`, t('ed.packet'), 'dl-packet'));
}
// A download drafts from the saved file: unsaved changes are saved first; a document the
// input cannot give yet shows its problems on the page.
async function saveFirst(e) {
  e.preventDefault();
  const href = e.currentTarget.getAttribute('href');
  if (S.ed.dirty && !(await save(false))) return;
  const r = await api(href);
  if (!r.ok) {
    const j = await r.json().catch(() => ({}));
    const items = (j.diagnostics || []).filter((d) => d.level !== 'warning').map((d) => el('li', {}, said(d, 'message'), d.hint ? el('div', { class: 'hint', text: said(d, 'hint') }) : null));
    const gaps = ((S.lang === 'id' && j.gaps_id) || j.gaps || []).map((g) => el('li', { text: g }));
    $('#preview-msgs').replaceChildren(el('div', { class: 'general' }, el('p', { text: said(j, 'error') || t('ed.preview.fix') }), el('ul', {}, items, gaps), j.hint ? el('div', { class: 'hint', text: said(j, 'hint') }) : null));
    return;
  }
  const name = (r.headers.get('content-disposition') || '').match(/filename="([^"]+)"/);
  const a = el('a', { href: URL.createObjectURL(await r.blob()), download: name ? name[1] : 'naskah' });
  document.body.append(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
}
async function save(force) {
  const ed = S.ed;
  const body = JSON.stringify({ text: text(), version: ed.version, force });
  $('#save-state').textContent = t('ed.saving');
  const r = await api('/api/file/' + encodeURIComponent(ed.file), { method: 'PUT', headers: { 'content-type': 'application/json' }, body });
  const j = await r.json();
  if (r.status === 409) { conflict(); return false; }
  if (!r.ok) { toast(j.error, true); showSaveState(); return false; }
  ed.version = j.version;
  ed.saved = text();
  ed.dirty = false;
  showSaveState();
  $('#general').replaceChildren();
  if (j.backup) $('#general').replaceChildren(el('div', { class: 'general', id: 'backup' }, `${t('ed.backup')} ${j.backup}`));
  return true;
}
function conflict() {
  $('#general').replaceChildren(el('div', { class: 'conflict', id: 'conflict' },
    el('p', { text: t('ed.conflict') }),
    el('button', { type: 'button', onclick: () => { S.ed = null; openEditor(decodeURIComponent(location.hash.slice(7))); }, text: t('ed.reload') }), ' ',
    el('button', { type: 'button', onclick: () => save(true), text: t('ed.overwrite') })));
  showSaveState();
}

// The form: one section per top-level key of the file, in the file's order; the keys the
// file lacks can be added from a menu.
function buildForm(root) {
  const doc = S.ed.doc;
  const schema = deref(S.schema);
  root.append(objectFields([], schema, doc.toJS() || {}, true));
}
function objectFields(path, s, value, top) {
  const props = s.properties || {};
  const have = Object.keys(value || {});
  const box = el('div', { class: top ? 'sections' : 'fields' });
  for (const k of have) {
    const sub = props[k] || (typeof s.additionalProperties === 'object' ? s.additionalProperties : {});
    const f = field([...path, k], sub, value[k], k, (s.required || []).includes(k));
    if (top) {
      // The section's heading names the field: its own label goes.
      f.querySelector(':scope > .name')?.classList.add('sr');
      box.append(el('details', { class: 'section', open: true, 'data-key': k },
        el('summary', {}, label(k), help(desc(deref(sub)) || desc(plain(sub)))), f));
    } else box.append(f);
  }
  const absent = Object.keys(props).filter((k) => !have.includes(k)).sort();
  if (absent.length) {
    box.append(el('div', { class: 'addfield' },
      el('select', { class: 'add-key', 'data-path': path.join('.'), onchange: (e) => {
        const k = e.target.value;
        if (!k) return;
        setValue([...path, k], blank(props[k]));
        renderEditor();
        changed();
      } }, el('option', { value: '', text: t('ed.addfield') }), absent.map((k) => el('option', { value: k, text: `${label(k)} (${k})` })))));
  }
  return box;
}
// The help of a field: `?` shows its text under the label (and hides it again); the text
// is also the button's tooltip.
function help(d) {
  if (!d) return null;
  return el('button', { type: 'button', class: 'help', title: d, 'aria-label': t('help'), 'aria-expanded': 'false', text: '?', onclick: (e) => {
    e.preventDefault();
    e.stopPropagation();
    const b = e.currentTarget;
    const head = b.closest('label, summary');
    const next = head.nextElementSibling;
    if (next && next.classList.contains('helptext')) { next.remove(); b.setAttribute('aria-expanded', 'false'); return; }
    head.after(el('div', { class: 'helptext', text: d }));
    b.setAttribute('aria-expanded', 'true');
  } });
}
// One field: a label, its control, and the place for its messages.
function field(path, s0, value, key, required) {
  const s = plain(s0);
  const id = 'f-' + path.join('-');
  const wrap = el('div', { class: 'field', 'data-path': path.join('.') });
  S.ed.fields.set(path.join('.'), wrap);
  const name = typeof key === 'number' ? `${t('ed.item')} ${key + 1}` : key === 'title' && path[0] === 'mou' && S.lang === 'id' ? 'Judul naskah' : label(key);
  const head = el('label', { class: 'name', for: id }, name, help(desc(s) || desc(deref(s0))));
  if (!required && typeof key !== 'number' && path.length > 1) {
    head.append(el('button', { type: 'button', class: 'x', title: t('ed.remove.key'), onclick: () => { S.ed.doc.deleteIn(path); renderEditor(); changed(); }, text: '×' }));
  }
  let c = choices(s);
  // An activity's scope item: one of the keys of `scope`.
  if (!c && path.length === 3 && path[0] === 'activities' && key === 'scope') {
    const keys = (S.ed.doc.toJS().scope || []).map((x) => x && x.key).filter(Boolean);
    if (keys.length) c = keys.map((k) => ({ value: k }));
  }
  if (isBi(s)) {
    wrap.classList.add('bi');
    // The third language's box when the file names one (`languages.third`).
    const third = S.ed.doc.getIn(['languages', 'third', 'code']);
    const langs = ['id', 'en', ...(third || (value || {}).third != null ? ['third'] : [])];
    wrap.append(head, el('div', { class: 'pair' }, langs.map((l) => {
      const v = (value || {})[l] ?? '';
      const long = String(v).length > 50 || /text|background|purpose|activity/.test(path.join('.'));
      const input = el(long ? 'textarea' : 'input', { id: l === 'id' ? id : `${id}-${l}`, lang: l, 'data-lang': l, rows: long ? Math.min(8, 2 + Math.floor(String(v).length / 70)) : null,
        oninput: (e) => { setValue([...path, l], e.target.value); changed(); } });
      input.value = v;
      return el('div', { class: 'lang-col' }, el('span', { class: 'langname', text: l === 'id' ? t('lang.id') : l === 'en' ? t('lang.en') : String(third || l) }), input);
    })));
    if (langs.length > 2) wrap.querySelector('.pair').classList.add('three');
  } else if (c) {
    const sel = el('select', { id, onchange: (e) => { const v = c[e.target.selectedIndex].value; setValue(path, v); changed(); } },
      c.map((o) => el('option', { value: String(o.value), selected: sameJson(o.value, value), title: o.help || null, text: o.help ? `${o.value} — ${firstLine(o.help)}` : String(o.value) })));
    wrap.append(head, sel);
  } else if (s.type === 'boolean') {
    const cb = el('input', { id, type: 'checkbox', checked: !!value, onchange: (e) => { setValue(path, e.target.checked); changed(); } });
    wrap.classList.add('check');
    wrap.append(cb, head);
  } else if (s.type === 'integer' || s.type === 'number') {
    const n = el('input', { id, type: 'number', value: value ?? '', min: s.minimum, max: s.maximum, step: s.type === 'integer' ? 1 : 'any',
      oninput: (e) => { const v = e.target.value === '' ? null : Number(e.target.value); if (v === null && !required) S.ed.doc.deleteIn(path); else setValue(path, v); changed(); } });
    wrap.append(head, n);
  } else if (path.join('.') === 'style.emblem') {
    wrap.append(head, emblemField(path, id, value));
  } else if (s.type === 'string' && isDate(s)) {
    const d = el('input', { id, type: 'date', value: value ?? '', oninput: (e) => { setValue(path, e.target.value); changed(); } });
    wrap.append(head, d);
  } else if (s.type === 'string' || (s.type === undefined && typeof value === 'string' && !s.properties)) {
    const long = String(value ?? '').length > 60;
    const input = el(long ? 'textarea' : 'input', { id, rows: long ? 3 : null, oninput: (e) => { setValue(path, e.target.value); changed(); } });
    input.value = value ?? '';
    wrap.append(head, input);
  } else if (s.type === 'array' && s.items) {
    wrap.classList.add('list');
    const items = Array.isArray(value) ? value : [];
    const list = el('ol', { class: 'items' });
    items.forEach((v, i) => {
      const tools = el('span', { class: 'tools' },
        el('button', { type: 'button', title: t('ed.up'), disabled: i === 0, onclick: () => move(path, i, -1), text: '↑' }),
        el('button', { type: 'button', title: t('ed.down'), disabled: i === items.length - 1, onclick: () => move(path, i, 1), text: '↓' }),
        el('button', { type: 'button', class: 'x', title: t('ed.remove'), onclick: () => { S.ed.doc.deleteIn([...path, i]); renderEditor(); changed(); }, text: '×' }));
      const item = field([...path, i], s.items, v, i, true);
      item.querySelector('.name')?.append(tools);
      list.append(el('li', {}, item));
    });
    wrap.append(head, list, el('button', { type: 'button', class: 'add', 'data-add': path.join('.'), onclick: () => {
      const doc = S.ed.doc;
      const seq = doc.getIn(path, true);
      const item = doc.createNode(blank(s.items));
      if (YAML.isSeq(seq)) seq.items.push(item);
      else doc.setIn(path, doc.createNode([blank(s.items)]));
      renderEditor();
      changed();
    }, text: '+ ' + t('ed.add') }));
  } else if (s.type === 'object' || s.properties) {
    wrap.classList.add('group');
    wrap.append(head, objectFields(path, s, value || {}, false));
  } else {
    // Anything the form does not know how to show is edited as YAML.
    wrap.append(head, yamlBox(path, value));
  }
  wrap.append(el('div', { class: 'msgs' }));
  return wrap;
}
const firstLine = (s) => String(s).split(/\n|\. /)[0].slice(0, 70);
// `style.emblem`: the image's name (typed, or set by an upload into the workspace folder)
// and its thumbnail.
function emblemField(path, id, value) {
  const thumb = () => (value ? el('img', { class: 'thumb', id: 'emblem-thumb', alt: String(value), src: withToken('/api/image/' + encodeURIComponent(value)) })
    : el('span', { class: 'thumb none', text: t('em.none') }));
  const name = el('input', { id, value: value ?? '', oninput: (e) => { setValue(path, e.target.value); changed(); } });
  const file = el('input', { type: 'file', id: 'emblem-file', class: 'hidden-file', accept: '.png,.svg,image/png,image/svg+xml', onchange: async (e) => {
    const f = e.target.files[0];
    if (!f) return;
    if (f.size > 8 * 1024 * 1024) return toast(t('em.big'), true);
    const put = (replace) => api('/api/image/' + encodeURIComponent(f.name) + (replace ? '?replace=true' : ''), { method: 'PUT', body: f });
    let r = await put(false);
    if (r.status === 409 && confirm(t('em.replace'))) r = await put(true);
    if (r.status === 409) return;
    const j = await r.json().catch(() => ({}));
    if (!r.ok) return toast(`${j.error || r.status}${j.hint ? ' — ' + j.hint : ''}`, true);
    setValue(path, j.name);
    toast(`${t('em.done')} ${j.name}`);
    renderEditor();
    changed();
  } });
  return el('div', { class: 'emblem' }, thumb(), el('div', {}, name, el('label', { class: 'button', for: 'emblem-file', text: t('em.upload') }), file));
}
function yamlBox(path, value) {
  const box = el('textarea', { class: 'yaml', rows: 3, title: t('ed.yaml'), onchange: (e) => {
    try { setValue(path, YAML.parse(e.target.value)); box.classList.remove('badyaml'); changed(); } catch (err) { box.classList.add('badyaml'); toast(`${t('ed.yaml.bad')} ${err.message}`, true); }
  } });
  box.value = value === undefined ? '' : YAML.stringify(value).trimEnd();
  return box;
}
// Sets a value, keeping the node's style and comments when it is a scalar.
function setValue(path, v) {
  const doc = S.ed.doc;
  const node = doc.getIn(path, true);
  if (node && YAML.isScalar(node) && (v === null || typeof v !== 'object')) node.value = v;
  // A list or a mapping goes in as a YAML node, so that later edits can reach into it.
  else doc.setIn(path, v !== null && typeof v === 'object' ? doc.createNode(v) : v);
}
function move(path, i, d) {
  const seq = S.ed.doc.getIn(path, true);
  const items = seq.items;
  [items[i], items[i + d]] = [items[i + d], items[i]];
  renderEditor();
  changed();
}

// ---------------------------------------------------------------- validation and preview
const validateSoon = debounce(() => validateNow(), 150);
const previewSoon = debounce(() => previewNow(), 250);
async function validateNow() {
  const ed = S.ed;
  const seq = ++ed.seq;
  const r = await api('/api/validate?file=' + encodeURIComponent(ed.file), { method: 'POST', headers: { 'content-type': 'text/yaml' }, body: text() });
  const j = await r.json();
  if (seq !== ed.seq || S.ed !== ed) return;
  ed.diags = j.diagnostics || [];
  showDiagnostics();
}
function showDiagnostics() {
  const ed = S.ed;
  for (const w of ed.fields.values()) { w.classList.remove('has-error', 'has-warning'); const m = w.querySelector(':scope > .msgs'); if (m) m.replaceChildren(); }
  const general = [];
  for (const d of ed.diags) {
    let p = d.path.slice();
    let w = null;
    while (p.length && !(w = ed.fields.get(p.join('.')))) p.pop();
    const msg = el('div', { class: 'msg ' + d.level, 'data-line': d.line },
      el('strong', { text: d.level === 'error' ? '✖ ' : '⚠ ' }), said(d, 'message'), d.hint ? el('div', { class: 'hint', text: said(d, 'hint') }) : null,
      d.line ? el('small', { class: 'where', text: ` (${ed.file}:${d.line}:${d.column})` }) : null);
    if (w) {
      w.classList.add(d.level === 'error' ? 'has-error' : 'has-warning');
      w.querySelector(':scope > .msgs').append(msg);
      // A message inside a closed section shows on its heading too.
      const sec = w.closest('details.section');
      if (sec) sec.classList.add('flag-' + d.level);
    } else general.push(msg);
  }
  const errors = ed.diags.filter((d) => d.level === 'error').length;
  const warnings = ed.diags.length - errors;
  const sum = $('#summary');
  if (sum) {
    sum.replaceChildren(errors || warnings ? el('a', { href: '#', class: errors ? 'bad' : 'warn', onclick: (e) => { e.preventDefault(); document.querySelector('.has-error, .has-warning')?.scrollIntoView({ block: 'center' }); } },
      `${errors} ${t('ed.errors')}, ${warnings} ${t('ed.warnings')}`) : el('span', { class: 'good', text: '✔ ' + t('ed.valid') }));
  }
  const g = $('#general');
  if (g && !$('#conflict')) g.replaceChildren(...(general.length ? [el('div', { class: 'general' }, el('small', { text: t('ed.general') }), general)] : []));
}
function pageOf(svg) {
  const d = el('div', { class: 'page' });
  d.innerHTML = svg;
  return d;
}
async function previewNow() {
  const ed = S.ed;
  const seq = ++ed.pseq;
  const q = `kind=${ed.kind}&layout=${ed.layout}&file=${encodeURIComponent(ed.file)}` + (ed.year ? `&year=${ed.year}` : '');
  const started = performance.now();
  const r = await api('/api/preview?' + q, { method: 'POST', headers: { 'content-type': 'text/yaml' }, body: text() });
  const j = await r.json();
  if (seq !== ed.pseq || S.ed !== ed) return;
  const msgs = $('#preview-msgs');
  if (!r.ok) {
    msgs.replaceChildren(el('div', { class: 'general' }, el('p', { text: t('ed.preview.fix') }),
      el('ul', {}, (j.diagnostics || [{ message: j.error }]).filter((d) => d.level !== 'warning').map((d) => el('li', {}, said(d, 'message'), d.hint ? el('div', { class: 'hint', text: said(d, 'hint') }) : null)))));
    $('#preview').classList.add('stale');
    return;
  }
  ed.pages = j.pages;
  msgs.replaceChildren(el('small', { class: 'muted', id: 'preview-info', 'data-ms': Math.round(performance.now() - started) },
    `${t('doc.' + j.kind)}${j.year ? ' ' + j.year : ''} · ${j.pages.length} ${t('ed.pages')}`),
    ...(j.warnings || []).map((d) => el('div', { class: 'msg warning' }, '⚠ ', said(d, 'message'), d.hint ? el('div', { class: 'hint', text: said(d, 'hint') }) : null)));
  const box = $('#preview');
  box.classList.remove('stale');
  box.replaceChildren(...j.pages.map(pageOf));
  box.dataset.version = String(seq);
}

// ---------------------------------------------------------------- check
function dropZone(input, label) {
  const zone = el('label', { class: 'drop', for: input.id }, label, el('div', { class: 'chosen' }));
  const show = () => zone.querySelector('.chosen').replaceChildren(...[...input.files].map((f) => el('div', { text: f.name })));
  input.addEventListener('change', show);
  zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('over'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (e) => { e.preventDefault(); zone.classList.remove('over'); input.files = e.dataTransfer.files; show(); });
  return zone;
}
function kindSelect(id, auto) {
  return el('select', { id }, auto ? el('option', { value: '', text: t('ck.auto') }) : null,
    DOCS.map((k) => el('option', { value: k, selected: !auto && k === 'mou', text: t('doc.' + k) })));
}
function checkPage() {
  const input = el('input', { type: 'file', id: 'check-file', multiple: true, class: 'hidden-file' });
  const out = el('div', { id: 'check-out' });
  $('#main').replaceChildren(el('section', { class: 'card' },
    el('h1', { text: t('ck.title') }),
    el('form', { onsubmit: async (e) => {
      e.preventDefault();
      if (!input.files.length) return;
      const fd = new FormData();
      for (const f of input.files) fd.append('file', f, f.name);
      fd.append('kind', $('#check-kind').value);
      out.replaceChildren(el('p', { class: 'muted', text: t('ck.busy') }));
      const r = await api('/api/check', { method: 'POST', body: fd });
      const j = await r.json();
      if (!r.ok) { out.replaceChildren(el('p', { class: 'bad' }, j.error, j.hint ? el('div', { class: 'hint', text: j.hint }) : null)); return; }
      S.checked = j;
      out.replaceChildren(...j.files.map(checkReport));
    } }, input, dropZone(input, t('ck.drop')),
    el('div', { class: 'row' }, el('label', { for: 'check-kind', text: t('ck.kind') + ' ' }), kindSelect('check-kind', true), ' ',
      el('button', { type: 'submit', id: 'check-run', text: t('ck.run') })))),
  el('section', { class: 'card' }, out));
  // The last report again, in the page's language (the server sent both).
  if (S.checked) out.replaceChildren(...S.checked.files.map(checkReport));
}
// The sections' names in Indonesian (the checker's knowledge names them so too).
const SECTIONS_ID = {
  scope: 'Ruang lingkup', benefit: 'Manfaat', output: 'Keluaran', duration: 'Jangka waktu', validity: 'Masa berlaku',
  financing: 'Pembiayaan', dispute: 'Penyelesaian perselisihan', termination: 'Pengakhiran', signature: 'Tanda tangan',
  objective: 'Maksud dan tujuan', intent: 'Maksud', parties: 'Para pihak', background: 'Latar belakang', object: 'Objek kerja sama',
  amendment: 'Perubahan', language: 'Bahasa', implementation: 'Pelaksanaan', target: 'Sasaran', schedule: 'Jadwal',
  activities: 'Kegiatan', follow_up: 'Tindak lanjut', closing: 'Penutup', addressee: 'Alamat tujuan', subject_line: 'Hal',
  enclosure: 'Lampiran', legal_basis: 'Dasar hukum', coordination: 'Koordinasi',
};
const KEY_FIRST = ['scope', 'benefit', 'output'];
// The checker names every section in Indonesian too (`name_id`); the table above is the fallback.
const sectionName = (slug, id) => (S.lang === 'id' && (SECTIONS_ID[slug.replace(/-/g, '_')] || (id && id !== slug && id[0].toUpperCase() + id.slice(1))))
  || human(slug.replace(/-/g, ' '));
const where = (l) => (l.page != null ? `${t('ck.where')} ${l.page}` : l.line != null ? `${t('ck.line')} ${l.line}` : l.paragraph != null ? `¶ ${l.paragraph}` : '');
function checkReport(f) {
  if (f.error) return el('div', { class: 'report' }, el('h2', { text: f.path }), el('p', { class: 'bad' }, f.error, f.hint ? el('div', { class: 'hint', text: f.hint }) : null));
  const rank = (k) => (KEY_FIRST.includes(k) ? KEY_FIRST.indexOf(k) : 9);
  const secs = Object.entries(f.sections || {}).sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
  return el('div', { class: 'report', 'data-file': f.path },
    el('h2', {}, f.path, ' ', el('span', { class: 'stage', text: f.kind === 'none' ? t('ck.notdoc') : t('doc.' + f.kind) })),
    // How the kind was recognised (not when the user chose it: confidence 1).
    f.kind_confidence < 1 && said(f, 'kind_reason') ? el('p', { class: 'muted kind-reason', text: said(f, 'kind_reason') }) : null,
    f.text_from === 'ocr' ? el('p', { class: 'muted', text: 'OCR' }) : null,
    el('table', { class: 'list sections' },
      el('thead', {}, el('tr', {}, el('th', { text: t('ck.sections') }), el('th', {}), el('th', {}))),
      el('tbody', {}, secs.map(([name, v]) => el('tr', { 'data-section': name, class: v.status },
        el('td', { class: KEY_FIRST.includes(name) ? 'key' : null, text: sectionName(name, v.name_id) }),
        el('td', {}, el('span', { class: 'status ' + v.status, text: v.status === 'present' ? '✔ ' + t('ck.found') : v.status === 'weak' ? '✔ ' + t('ck.weak') : v.status === 'missing' ? '✖ ' + t('ck.missing') : v.status })),
        el('td', {}, v.evidence ? el('q', { text: v.evidence.text }) : null,
          v.evidence && where(v.evidence.location) ? el('small', { class: 'muted', text: ` (${where(v.evidence.location)})` }) : null))))),
    (f.findings || []).length ? null : el('p', { class: 'good nofindings', text: '✔ ' + t('ck.nofindings') }),
    (f.findings || []).length ? el('div', {}, el('h3', { text: t('ck.findings') }),
      el('ul', { class: 'findings' }, f.findings.map((x) => el('li', { class: x.severity },
        el('strong', { text: `${x.rule} ${t('sev.' + x.severity)}: ` }), el('span', { class: 'message', text: said(x, 'message') }),
        x.basis ? el('small', { class: 'muted', text: ` (${x.basis})` }) : null,
        x.hint ? el('div', { class: 'hint', text: said(x, 'hint') }) : null)))) : null);
}

// ---------------------------------------------------------------- compare
async function comparePage() {
  const st = await (await api('/api/status')).json();
  const ours = el('select', { id: 'cmp-ours-file' }, st.cooperations.map((c) => el('option', { value: c.file, text: c.file })),
    el('option', { value: '', text: t('cp.upload') }));
  const oursUp = el('input', { type: 'file', id: 'cmp-ours' });
  const theirs = el('input', { type: 'file', id: 'cmp-theirs' });
  const out = el('div', { id: 'compare-out' });
  $('#main').replaceChildren(el('section', { class: 'card' },
    el('h1', { text: t('cp.title') }),
    el('form', { onsubmit: async (e) => {
      e.preventDefault();
      if (!theirs.files.length) return;
      const fd = new FormData();
      fd.append('theirs', theirs.files[0], theirs.files[0].name);
      if (ours.value) fd.append('ours_file', ours.value); else if (oursUp.files.length) fd.append('ours', oursUp.files[0], oursUp.files[0].name);
      fd.append('kind', $('#cmp-kind').value);
      out.replaceChildren(el('p', { class: 'muted', text: t('cp.busy') }));
      const r = await api('/api/compare', { method: 'POST', body: fd });
      const j = await r.json();
      if (!r.ok) { out.replaceChildren(el('p', { class: 'bad' }, j.error, j.hint ? el('div', { class: 'hint', text: j.hint }) : null)); return; }
      S.compared = j;
      out.replaceChildren(compareReport(j));
    } },
    el('div', { class: 'row' }, el('label', { for: 'cmp-ours-file', text: t('cp.ours') + ' ' }), ours, ' ', oursUp, ' ', kindSelect('cmp-kind', false)),
    el('div', { class: 'row' }, el('label', { for: 'cmp-theirs', text: t('cp.theirs') + ' ' }), theirs),
    el('button', { type: 'submit', id: 'cmp-run', text: t('cp.run') }))),
  el('section', { class: 'card' }, out));
  if (S.compared) out.replaceChildren(compareReport(S.compared));
}
// Why an article's changes are substantive ("a number, date or amount"), in the page's language.
const whys = (a) => [...new Set((a.changes || []).filter((c) => c.why).map((c) => said(c, 'why')))].join('; ');
function compareReport(j) {
  const arts = (j.articles || []).flatMap((l) => l.articles.filter((a) => a.status !== 'same').map((a) => ({ lang: l.lang, a })));
  return el('div', { class: 'report' },
    el('p', { class: j.substantive ? 'bad' : 'good', id: 'cmp-verdict', text: j.substantive ? t('cp.substantive') : t('cp.none') }),
    j.redline ? el('p', {}, el('a', { class: 'button', id: 'cmp-redline', href: withToken(j.redline), text: t('cp.redline') })) : null,
    (j.flags || []).length ? el('div', {}, el('h3', { text: t('cp.flags') }), el('ul', { class: 'findings' }, j.flags.map((f) =>
      el('li', { class: f.severity }, el('strong', { text: `[${f.lang === 'names' ? t('cp.names') : f.lang}] ${f.rule} ` }), el('span', { class: 'message', text: said(f, 'message') }),
        el('small', { class: 'muted', text: ` (${f.basis})` }))))) : null,
    el('h3', { text: t('cp.changes') }),
    el('div', { class: 'redline' }, arts.map(({ lang, a }) => el('div', { class: 'article ' + a.status },
      el('h4', {}, `[${lang}] `, a.theirs ? `${a.theirs.number}. ${a.theirs.title}` : a.ours ? `${a.ours.number}. ${a.ours.title}` : '', ' ', el('span', { class: 'stage', text: t('st.' + a.status) }),
        whys(a) ? el('small', { class: 'muted why', text: ` (${whys(a)})` }) : null),
      el('p', {}, a.edits.map(([op, s]) => op === '-' ? el('del', { text: s }) : op === '+' ? el('ins', { text: s }) : s))))));
}

// ---------------------------------------------------------------- start
window.addEventListener('hashchange', route);
window.addEventListener('beforeunload', (e) => { if (S.ed && S.ed.dirty) { e.preventDefault(); e.returnValue = t('ed.leave'); } });
window.addEventListener('keydown', (e) => { if ((e.ctrlKey || e.metaKey) && e.key === 's' && S.ed) { e.preventDefault(); save(false); } });
document.addEventListener('DOMContentLoaded', () => {
  const q = new URLSearchParams(location.search);
  S.token = q.get('token') || sessionStorage.getItem('naskah.token');
  if (q.get('token')) { sessionStorage.setItem('naskah.token', S.token); history.replaceState(null, '', '/' + location.hash); }
  $('#lang-id').addEventListener('click', () => setLang('id'));
  $('#lang-en').addEventListener('click', () => setLang('en'));
  setLang(S.lang);
});
