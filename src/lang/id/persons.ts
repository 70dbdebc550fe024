/**
 * Indonesian words around people's names: pronouns, honorifics, ranks, role
 * nouns, organisation heads and unnamed-source nouns, as data.
 */
import type {PersonLexicon} from '../language.ts'
import {compassWords, places} from './places.ts'
import {degrees, sequenceAdverbs} from './name-lexicons.ts'

const words = (text: string): string[] => text.trim().split(/\s+/)

const ranks: string[][] = [
  // Police (Polri)
  'jenderal polisi', 'komisaris jenderal', 'inspektur jenderal', 'brigadir jenderal',
  'komisaris besar', 'ajun komisaris besar', 'ajun komisaris', 'komisaris', 'inspektur satu',
  'inspektur dua', 'ajun inspektur satu', 'ajun inspektur dua', 'brigadir kepala', 'brigadir satu',
  'brigadir dua', 'brigadir polisi', 'brigadir', 'bripka', 'bripda', 'briptu', 'bharada',
  'komjen', 'irjen', 'brigjen', 'brigjen pol', 'kombes', 'kombes pol', 'akbp', 'akp', 'iptu',
  'ipda', 'aiptu', 'aipda', 'kompol', 'jenderal',
  // Military (TNI)
  'laksamana', 'laksamana madya', 'laksamana muda', 'laksamana pertama', 'marsekal',
  'marsekal madya', 'marsekal muda', 'marsekal pertama', 'letnan jenderal', 'mayor jenderal',
  'brigadir jenderal tni', 'kolonel', 'letnan kolonel', 'mayor', 'kapten', 'letnan satu',
  'letnan dua', 'letnan', 'sersan', 'sersan mayor', 'kopral', 'prajurit', 'letjen', 'mayjen',
  'laksma', 'laksda', 'marsda', 'marsma', 'marsdya', 'letkol', 'lettu', 'letda', 'serka',
  'serda', 'pratu', 'praka', 'koptu', 'kopda', 'serma', 'peltu', 'pelda', 'tni', 'pol', 'purn',
  'purnawirawan'
].map(words)

/** Nouns for the people of a place (`warga Gedebage`): heads a place name follows. */
const residentNouns = ['warga', 'penduduk']
/** Street words: any name right after one is the street's, so they are facility heads too. */
const streetNouns = ['jalan', 'jl', 'jln', 'gang']

/** The words that open an indefinite description of someone: `seorang`, `salah satu`, `salah seorang` (petugas …). */
const indefiniteOpeners: ReadonlyArray<readonly string[]> = [['seorang'], ['salah', 'satu'], ['salah', 'seorang']]

export const persons: PersonLexicon = {
  pronouns: new Set(['dia', 'ia', 'beliau', 'dirinya', 'pihaknya']),
  pluralPronouns: new Set(['mereka', 'keduanya', 'kami', 'kita']),
  possessivePronouns: new Set(['saya', 'aku', 'kami', 'kita', 'kamu', 'anda', 'mereka']),
  honorifics: new Set([
    'bapak', 'ibu', 'pak', 'bu', 'bung', 'mbak',
    'tuan', 'nyonya', 'nona', 'saudara', 'saudari', 'sdr', 'h', 'hj', 'haji', 'hajah', 'kh',
    'ustaz', 'ustad', 'ustadz', 'ustazah', 'kiai', 'kyai', 'romo', 'pendeta', 'pdt',
    'pastor', 'mgr', 'uskup', 'dr', 'drs', 'dra', 'ir', 'prof', 'profesor', 'sh', 'mh', 'msi',
    'mm', 'se', 'spd', 'st', 'mt', 'phd', 'mba', 'ma', 'msc', 'sked', 'skm', 'spog', 'sppd',
    'tgh',
    'mr', 'mrs', 'ms', 'sir', 'dato', 'datuk'
  ].flatMap((phrase) => phrase.split(' '))),
  addressTerms: new Set(['bapak', 'ibu', 'pak', 'bu', 'bung', 'mbak', 'mas', 'tuan', 'nyonya', 'nona', 'saudara', 'saudari', 'sdr', 'mr', 'mrs', 'ms', 'sir']),
  ranks,
  // Army (Inf, Kav, Arm, Arh, Czi, Chb, Cpm, Cku, Ckm, Cpl, Cbm, Ctp, Caj, Chk, Cpn), navy (Mar) and air force
  // (Pnb, Nav, Tek, Lek, Kal, Adm, Sus, Kes, Psk) codes of three letters; one-letter ones (`(P)`, `(K)`) read as initials anyway.
  corps: new Set([
    'inf', 'kav', 'arm', 'arh', 'czi', 'chb', 'cpm', 'cku', 'ckm', 'cpl', 'cbm', 'ctp', 'caj', 'chk', 'cpn', 'mar',
    'pnb', 'nav', 'tek', 'lek', 'kal', 'adm', 'sus', 'kes', 'psk'
  ]),
  roleHeads: new Set([
    'presiden', 'wapres', 'menteri', 'mendagri', 'menkes', 'menkeu', 'mensos', 'menlu',
    'menhan', 'menko', 'menkopolhukam', 'menparekraf', 'mendikbud', 'mendikbudristek',
    'menpan-rb', 'menaker', 'menag', 'mentan', 'menhub', 'menteri-menteri', 'gubernur',
    'wagub', 'bupati', 'wabup', 'wali', 'walkot', 'wawali', 'camat', 'lurah', 'kades',
    'kepala', 'ketua', 'wakil', 'direktur', 'dirut', 'dirjen', 'sekretaris', 'sekjen',
    'sekda', 'juru', 'jubir', 'kapolda', 'kapolres', 'kapolresta', 'kapolrestabes', 'kapolsek',
    'kapolri', 'wakapolri', 'wakapolda', 'kabareskrim', 'kabid', 'kasubdit', 'kasat', 'kasatreskrim',
    'kadiv', 'karo', 'kabag', 'kasi', 'kapuspen', 'panglima', 'pangdam', 'danrem', 'dandim',
    'danramil', 'kasad', 'kasal', 'kasau', 'komandan', 'pemimpin', 'pimpinan', 'perdana',
    'raja', 'ratu', 'kanselir', 'duta', 'dubes', 'konsul', 'anggota', 'pengamat', 'ekonom',
    'peneliti', 'analis', 'pakar', 'ahli', 'dosen', 'guru', 'rektor', 'dekan', 'profesor',
    'epidemiolog', 'sosiolog', 'psikolog', 'dokter', 'perawat', 'pelatih', 'manajer', 'kapten',
    'pemain', 'bek', 'gelandang', 'penyerang', 'kiper', 'striker', 'koordinator', 'komisioner',
    'komisaris', 'ketum', 'sekretaris jenderal', 'bendahara', 'staf', 'staff', 'asisten',
    'deputi', 'inspektur', 'auditor', 'hakim', 'jaksa', 'kajati', 'kajari', 'kapuspenkum',
    'kejagung', 'pengacara', 'kuasa', 'advokat', 'kontributor', 'reporter', 'fotografer', 'penasihat', 'penasehat', 'tersangka',
    'terdakwa', 'saksi', 'korban', 'ketua umum', 'plt', 'pj', 'pjs', 'penjabat', 'pelaksana',
    'kabiro', 'karopenmas', 'kabidhumas', 'kasubbag', 'kepala-kepala', 'presdir', 'ceo', 'cfo',
    'coo', 'cto', 'founder', 'pendiri', 'chairman', 'chief', 'head', 'president', 'spokesperson',
    'pembina', 'pengasuh', 'pemilik', 'pengusaha', 'petani', 'nelayan', 'pedagang', 'warga',
    'mahasiswa', 'pelajar', 'siswa', 'aktivis', 'politikus', 'politisi', 'senator', 'legislator',
    'ulama', 'imam', 'biksu', 'bhikkhu', 'tokoh', 'budayawan', 'sejarawan', 'seniman', 'penyanyi', 'aktor', 'aktris',
    'sutradara', 'penulis', 'wartawan', 'jurnalis', 'redaktur', 'pemred', 'kurator', 'arsitek',
    'insinyur', 'teknisi', 'pilot', 'nakhoda', 'masinis', 'sopir', 'kuasa hukum', 'atase',
    'gubernur jenderal', 'mantan', 'eks', 'calon', 'bakal', 'kandidat', 'capres', 'cawapres',
    'cagub', 'cawagub', 'cabup', 'cawabup', 'cawalkot', 'paslon', 'ketua harian', 'humas',
    'kabag humas', 'kasubbag humas', 'kapendam', 'kapenrem', 'kadispen', 'kadis', 'kadinkes',
    'kalaksa', 'kalak', 'sekum', 'waketum', 'waka', 'wakasad', 'kasum', 'kabaharkam', 'kakorlantas',
    'dirlantas', 'dirreskrimum', 'dirreskrimsus', 'dirresnarkoba', 'direktorat', 'kanit',
    'panit', 'kapten', 'sekretaris kabinet', 'seskab', 'mensesneg', 'menpora', 'menkumham',
    'menpupr', 'menkominfo', 'menkop', 'menperin', 'mendag', 'menko perekonomian', 'menpar',
    'menristek', 'menlhk', 'menteri-menteri', 'menko pmk', 'kepala negara'
  ].flatMap((phrase) => phrase.split(' '))),
  compoundRoles: new Set([
    'wali kota', 'juru bicara', 'kepala negara', 'perdana menteri', 'duta besar', 'kuasa hukum',
    'guru besar', 'kepala desa', 'kepala dusun', 'kepala daerah', 'kepala sekolah', 'ketua dewan',
    'anggota dewan', 'ketua komisi', 'wakil ketua', 'ketua tim', 'kepala bidang', 'kepala bagian',
    'kepala seksi', 'kepala biro', 'kepala pusat', 'kepala kantor', 'kepala balai', 'kepala satuan',
    'sekretaris daerah', 'sekretaris desa', 'ketua fraksi', 'anggota fraksi', 'anggota komisi'
  ]),
  roleWords: new Set([
    'wakil', 'utama', 'jenderal', 'umum', 'eksekutif', 'harian', 'pelaksana', 'tugas', 'muda',
    'madya', 'senior', 'junior', 'besar', 'bicara', 'kota', 'negara', 'bidang', 'urusan', 'biro',
    'hubungan', 'masyarakat', 'humas', 'koordinator', 'perdana', 'luar', 'biasa', 'berkuasa',
    'penuh', 'khusus', 'ahli', 'tetap', 'tinggi', 'pertama', 'kedua', 'ketiga', 'operasional',
    'keuangan', 'teknis', 'independen', 'komisaris', 'kehormatan', 'nonaktif', 'terpilih',
    'sementara', 'definitif', 'dewan', 'fraksi', 'komisi', 'tim', 'satuan', 'sub', 'kepala'
  ]),
  organizationHeads: new Set([
    'kementerian', 'kemenkes', 'kemenkeu', 'kemensos', 'kemenlu', 'kemendagri', 'kemhan',
    'kemenhan', 'kemendikbud', 'kemendikbudristek', 'kemenag', 'kemenaker', 'kemnaker',
    'kemenhub', 'kementan', 'kemenkumham', 'kemenpupr', 'kemenkominfo', 'kemenparekraf',
    'kemenko', 'kemenkopolhukam', 'kemendes', 'kemenperin', 'kemendag', 'kemenpora', 'kemenpan',
    'kemenristek', 'klhk', 'kemlu', 'kementrian', 'panitia', 'departemen', 'badan', 'dewan', 'komisi', 'lembaga',
    'majelis', 'mahkamah', 'pengadilan', 'kejaksaan', 'kepolisian', 'polda', 'polres', 'polresta',
    'polrestabes', 'polsek', 'polri', 'mabes', 'kodam', 'korem', 'kodim', 'koramil', 'tni',
    'pemerintah', 'pemprov', 'pemkot', 'pemkab', 'pemda', 'dinas', 'dinkes', 'disdik', 'dishub',
    'satpol', 'bpbd', 'bnpb', 'basarnas', 'bmkg', 'bps', 'bpjs', 'bpom', 'bi', 'ojk', 'kpk',
    'kpu', 'kpud', 'bawaslu', 'dpr', 'dprd', 'dpd', 'mpr', 'ma', 'mk', 'ky', 'bpk', 'bpkp',
    'partai', 'fraksi', 'universitas', 'institut', 'sekolah', 'akademi', 'politeknik', 'fakultas',
    'rumah', 'rs', 'rsud', 'rsup', 'puskesmas', 'klinik', 'pt', 'cv', 'bank', 'perum', 'persero',
    'perusahaan', 'yayasan', 'asosiasi', 'himpunan', 'ikatan', 'persatuan', 'perhimpunan',
    'serikat', 'federasi', 'konfederasi', 'gabungan', 'kamar', 'kadin', 'apindo', 'organisasi',
    'gerakan', 'aliansi', 'koalisi', 'forum', 'komite', 'komnas', 'ombudsman', 'satgas',
    'gugus', 'tim', 'pusat', 'direktorat', 'ditjen', 'biro', 'bagian', 'bidang', 'divisi',
    'sekretariat', 'kantor', 'kedutaan', 'konsulat', 'kabinet', 'istana', 'parlemen', 'senat',
    'kongres', 'pbb', 'who', 'unicef', 'imf', 'asean', 'uni', 'nato',
    'kabupaten', 'kota', 'provinsi', 'kecamatan', 'kelurahan', 'desa', 'dusun', 'rt', 'rw',
    'otoritas', 'angkatan', 'pasukan', 'kesatuan', 'korps', 'koperasi', 'lab', 'laboratorium',
    'pengurus', 'pimpinan', 'kejati', 'kejari', 'kejagung', 'bareskrim', 'densus', 'brimob',
    'kodiklat', 'lanud', 'lantamal', 'kopassus', 'kostrad', 'perguruan', 'stasiun', 'bandara',
    'pelabuhan', 'bursa', 'grup', 'group', 'holding', 'tbk', 'inc', 'ltd', 'corp',
    'lapas', 'rutan', 'kanwil', 'kantah', 'bappenas', 'bappeda', 'lipi', 'brin', 'batan', 'bssn',
    'bnn', 'bnpt', 'bkkbn', 'bkpm', 'lkpp', 'ppatk', 'lps', 'bulog', 'pln', 'pertamina', 'kai',
    'pelni', 'garuda', 'telkom', 'ormas', 'nu', 'pbnu', 'pwnu', 'muhammadiyah', 'mui', 'kwi',
    'pgi', 'walhi', 'icw', 'ylki', 'lbh', 'kontras', 'elsam', 'indef', 'core', 'csis', 'lsi',
    'smrc', 'lsm', 'ngo', 'idi', 'persi', 'ppni', 'pdip', 'pdi-p',
    'golkar', 'gerindra', 'nasdem', 'pkb', 'pks', 'pan', 'ppp', 'demokrat', 'hanura', 'perindo',
    'psi', 'ptun', 'pn', 'pt', 'kpai', 'lpsk', 'pspk', 'perbakin',
    // Programmes that act as bodies (`Program Pangan Dunia`).
    'program',
    // Units of the armed forces and police.
    'tentara', 'peleton', 'regu', 'kompi', 'batalyon', 'brigade', 'resimen', 'skuadron', 'detasemen',
    // Posts and services.
    'pos', 'posko', 'damkar', 'pemadam'
  ]),
  unitHeads: new Set([
    'bidang', 'subbidang', 'urusan', 'seksi', 'bagian', 'subbagian', 'divisi', 'biro', 'pusat', 'subdirektorat', 'direktorat',
    'fungsi'
  ]),
  fieldHeads: new Set(['bidang', 'subbidang', 'urusan', 'fungsi']),
  membershipVerbs: [
    ['tergabung', 'dalam'], ['tergabung', 'di'], ['bergabung', 'dalam'], ['bergabung', 'di'], ['terhimpun', 'dalam'],
    ['berhimpun', 'dalam'], ['bernaung', 'di', 'bawah']
  ],
  memberBodyHeads: new Set([
    'aliansi', 'koalisi', 'forum', 'serikat', 'himpunan', 'perhimpunan', 'gerakan', 'persatuan', 'paguyuban',
    'komunitas', 'lembaga', 'ikatan', 'asosiasi', 'federasi', 'konfederasi', 'kelompok', 'perkumpulan', 'gabungan',
    'jaringan', 'front', 'barisan', 'solidaritas', 'konsorsium', 'gugus'
  ]),
  headsUsedAlone: new Set([
    'kementerian', 'kementrian', 'departemen', 'badan', 'dewan', 'komisi', 'lembaga', 'majelis',
    'mahkamah', 'pengadilan', 'kejaksaan', 'kepolisian', 'dinas', 'direktorat', 'partai',
    'universitas', 'institut', 'perusahaan', 'yayasan', 'asosiasi', 'komite', 'otoritas',
    'kedutaan', 'konsulat'
  ]),
  residentNouns: new Set(residentNouns),
  // Places named after people: a name right after them, behind a title or rank, is the place's (`RSUD Dr Hasan Basri`,
  // `Jalan Jenderal Gatot Subroto`, `Rumah Sakit Umum Pusat Dr Wahidin`); after a street word, with or without one.
  facilityHeads: new Set([
    ...streetNouns, 'rsud', 'rsup', 'rsu', 'rs', 'rsia', 'sakit', 'bandara', 'stasiun', 'terminal', 'pelabuhan',
    'gedung', 'wisma', 'masjid', 'stadion', 'lapangan', 'taman', 'museum', 'monumen', 'universitas', 'tpu', 'kampus', 'asrama'
  ]),
  streetNouns: new Set(streetNouns),
  placeTakingHeads: new Set([
    'polda', 'polres', 'polresta', 'polrestabes', 'polsek', 'kodam', 'korem', 'kodim', 'koramil',
    'pemprov', 'pemkot', 'pemkab', 'kabupaten', 'kota', 'provinsi', 'kecamatan', 'kelurahan',
    'desa', 'dusun', 'puskesmas', 'rsud', 'kejati', 'kejari', 'pn', 'pengadilan', 'lapas',
    'rutan', 'kanwil', 'dprd', 'kpud', 'bpbd', 'dinkes', 'universitas', 'stasiun', 'bandara',
    'pelabuhan', 'lanud', 'lantamal', 'bupati', 'gubernur', 'wali', 'camat', 'lurah', 'kapolda',
    'kapolres', 'kapolresta', 'kapolrestabes', 'kapolsek', 'pangdam', 'danrem', 'dandim',
    'kajati', 'kajari', 'sekda', 'kades', 'wagub', 'wabup', 'wawali', 'uskup', 'walkot', ...residentNouns
  ]),
  institutionalWords: new Set([
    'kementerian', 'koordinator', 'bidang', 'politik', 'hukum', 'keamanan', 'perekonomian',
    'pembangunan', 'manusia', 'kebudayaan', 'kesehatan', 'keuangan', 'sosial', 'luar', 'negeri',
    'dalam', 'pertahanan', 'pendidikan', 'agama', 'perhubungan', 'pertanian', 'perdagangan',
    'perindustrian', 'ketenagakerjaan', 'tenaga', 'kerja', 'lingkungan', 'hidup', 'kehutanan',
    'kelautan', 'perikanan', 'pariwisata', 'ekonomi', 'kreatif', 'energi', 'sumber', 'daya',
    'mineral', 'riset', 'teknologi', 'komunikasi', 'informatika', 'informasi', 'pekerjaan',
    'umum', 'perumahan', 'rakyat', 'desa', 'daerah', 'tertinggal', 'transmigrasi', 'pemuda',
    'olahraga', 'badan', 'usaha', 'milik', 'negara', 'nasional', 'penanggulangan', 'bencana',
    'penanganan', 'pencegahan', 'pengendalian', 'penyakit', 'pelayanan', 'pengawas',
    'pengawasan', 'pemeriksa', 'pemilihan', 'pemilu', 'reserse', 'kriminal', 'khusus',
    'narkoba', 'lalu', 'lintas', 'intelijen', 'penerangan', 'humas', 'hubungan', 'masyarakat',
    'republik', 'indonesia', 'perwakilan', 'permusyawaratan', 'kepresidenan', 'sekretariat',
    'staf', 'dewan', 'keamanan', 'urusan', 'statistik', 'pusat', 'meteorologi', 'klimatologi',
    'geofisika', 'vulkanologi', 'mitigasi', 'geologi', 'pencarian', 'pertolongan', 'obat',
    'makanan', 'jaminan', 'kesejahteraan', 'perlindungan', 'anak', 'perempuan', 'pemberdayaan',
    'koperasi', 'kecil', 'menengah', 'investasi', 'penanaman', 'modal', 'perencanaan',
    'aparatur', 'reformasi', 'birokrasi', 'administrasi', 'kependudukan', 'pencatatan', 'sipil',
    'perizinan', 'terpadu', 'satu', 'pintu', 'air', 'minum', 'tata', 'ruang', 'pertanahan',
    'agraria', 'kebijakan', 'fiskal', 'moneter', 'anggaran', 'pajak', 'bea', 'cukai',
    'perbendaharaan', 'kekayaan', 'pengelolaan', 'pembiayaan', 'risiko', 'operasi', 'gabungan',
    'provinsi', 'kabupaten', 'kota', 'kecamatan', 'kelurahan', 'wilayah', 'regional', 'cabang',
    'ranting', 'perwakilan', 'utama', 'umum', 'eksekutif', 'pimpinan', 'pusat', 'tinggi',
    'negeri', 'swasta', 'terbuka', 'islam', 'katolik', 'kristen', 'muhammadiyah', 'teknik',
    'kedokteran', 'ilmu', 'studi', 'kajian', 'penelitian', 'institut', 'universitas',
    'fakultas', 'program', 'magister', 'doktor', 'jurusan', 'departemen', 'divisi', 'direktorat',
    'jenderal', 'tugas', 'percepatan', 'pemulihan', 'covid-19', 'covid', 'pandemi', 'vaksinasi',
    'kantor', 'berita', 'media', 'pers', 'harian', 'stasiun', 'televisi', 'radio', 'komisi', 'komite',
    'kepala', 'wakil', 'ketua', 'direktur', 'sekretaris', 'menteri', 'gubernur', 'bupati',
    'presiden', 'juru', 'bicara', 'partai', 'fraksi', 'dpp', 'dpw', 'dpd', 'dpc', 'gedung',
    'putih', 'persatuan', 'bangsa', 'bangsa-bangsa', 'kesatuan', 'asosiasi', 'forum', 'federasi',
    'serikat', 'buruh', 'pekerja', 'guru', 'dokter', 'ikatan', 'lembaga', 'swadaya', 'bantuan',
    'advokasi', 'transparansi', 'korupsi', 'pemberantasan', 'tindak', 'pidana', 'terorisme',
    'perdamaian', 'hak', 'asasi', 'konsumen', 'perlindungan', 'saksi', 'korban', 'polisi',
    'pamong', 'praja', 'satuan', 'kepolisian', 'resor', 'sektor', 'metro', 'metropolitan',
    'militer', 'darat', 'laut', 'udara', 'angkatan', 'bersenjata', 'markas', 'besar', 'komando',
    'cadangan', 'strategis', 'pasukan', 'rumah', 'sakit', 'umum', 'daerah', 'puskesmas',
    'dinas', 'bank', 'sentral', 'otoritas', 'jasa', 'bursa', 'efek', 'pasar', 'modal',
    'utara', 'selatan', 'barat', 'timur', 'tengah', 'raya', 'baru', 'lama', 'besar', 'kecil',
    'agung', 'konstitusi', 'yudisial', 'tinggi', 'negeri', 'pengadilan', 'kejaksaan', 'majelis',
    'ulama', 'gereja', 'gereja-gereja', 'nahdlatul', 'pengurus', 'besar', 'wilayah', 'cabang',
    'rakyat', 'demokrat', 'demokrasi', 'perjuangan', 'golongan', 'karya', 'gerakan', 'keadilan',
    'sejahtera', 'amanat', 'kebangkitan', 'pembangunan', 'solidaritas', 'nasdem', 'hati',
    'nurani', 'kesehatan', 'bedah', 'anak', 'ibu', 'jiwa', 'paru', 'jantung', 'kanker',
    // Words of company, community and facility names.
    'pangan', 'dunia', 'seleksi', 'panitia', 'unit', 'pengelola', 'kawasan', 'mitra', 'tani', 'promosi', 'taman', 'margasatwa', 'pesisir',
    'hotel', 'komunitas', 'balai', 'pondok', 'pesantren', 'pasar', 'terminal', 'wisata', 'kampung',
    'klinik', 'apotek', 'toko', 'warung', 'restoran', 'kafe', 'industri', 'dagang', 'perusahaan',
    'pabrik', 'kebun', 'perkebunan', 'peternakan', 'kelompok', 'sanggar', 'paguyuban', 'jaringan',
    'aliansi', 'riset', 'digital', 'nusantara', 'sejahtera', 'mandiri', 'bersama', 'bersatu',
    'makmur', 'abadi', 'persada', 'perkasa', 'subdirektorat', 'seksi',
    'presidium', 'perkumpulan', 'tradisional', 'modern', 'internasional', 'lokal', 'mikro', 'makro',
    'profesional', 'independen', 'rakyat', 'hasil', 'hutan', 'nomor', 'kendaraan', 'bermotor', 'angkutan',
    'transportasi', 'logistik', 'ekspor', 'impor', 'konsumen', 'pelanggan', 'layanan', 'pelayanan',
    'sains', 'teknik', 'farmasi', 'kimia', 'fisika', 'biologi', 'matematika', 'sastra', 'seni',
    'budaya', 'pariwisata', 'olahraga', 'sepak', 'bola', 'klub', 'tim', 'atlet', 'cabang',
    // Words of foreign organisation names.
    'public', 'relations', 'association', 'integrity', 'electoral', 'network', 'institute',
    'center', 'centre', 'research', 'studies', 'international', 'global', 'foundation', 'services',
    'reform', 'essential', 'medical', 'science', 'sciences', 'university', 'school', 'college',
    'company', 'corporation', 'capital', 'partners', 'solutions', 'technology', 'technologies',
    'news', 'society', 'council', 'committee', 'board', 'fund', 'trust', 'union', 'alliance',
    'coalition', 'watch', 'policy', 'strategic', 'development', 'economic', 'economics', 'finance',
    'financial', 'investment', 'management', 'consulting', 'communications', 'communication',
    'marketing', 'sales', 'operations', 'product', 'business', 'executive', 'officer', 'chief',
    'general', 'manager', 'director', 'president', 'vice', 'head', 'senior', 'lead', 'founder',
    'co-founder', 'cofounder', 'express', 'lending', 'indonesia', 'asia',
    'pacific', 'digital', 'labs', 'lab', 'ventures', 'holdings', 'airlines', 'airways', 'energy',
    'power', 'resources', 'mining', 'oil', 'gas', 'bank', 'insurance', 'securities', 'markets',
    'market', 'analytics', 'data', 'consumer', 'retail', 'health', 'care', 'hospital', 'clinic',
    'pharma', 'food', 'foods', 'beverage', 'logistics', 'transport', 'travel', 'tours', 'hub',
    'platform', 'startup', 'venture', 'accelerator', 'incubator', 'program', 'project', 'initiative'
  ]),
  anonymousHeads: new Set([
    'sumber', 'pejabat', 'seorang', 'salah', 'pihak', 'petugas', 'aparat', 'staf', 'pegawai',
    'karyawan', 'orang', 'diplomat', 'narasumber', 'informan', 'saksi', 'kerabat', 'tetangga',
    'rekan', 'kolega', 'anggota', 'perwira', 'penyidik', 'penyelidik', 'jaksa', 'orang dalam',
    'beberapa', 'sejumlah', 'para', 'kalangan', 'otoritas', 'analis', 'pengamat', 'ahli',
    'pakar', 'peneliti', 'media', 'laporan'
  ]),
  groupHeads: new Set(['warga', 'para', 'masyarakat', 'publik', 'massa', 'demonstran', 'pengunjuk']),
  kinNouns: new Set(['suami', 'istri', 'anak', 'putra', 'putri', 'ayah', 'bapak', 'ibu', 'kakak', 'adik', 'abang', 'paman', 'bibi', 'kakek', 'nenek', 'cucu', 'menantu', 'mertua', 'keponakan', 'sepupu', 'saudara', 'kerabat']),
  kinNounsAlone: new Set(['suami', 'istri', 'ayah', 'ibu', 'kakak', 'adik', 'paman', 'bibi', 'kakek', 'nenek', 'cucu', 'menantu', 'mertua', 'keponakan', 'sepupu']),
  groupOccupations: new Set([
    'kurir', 'pengemudi', 'buruh', 'pekerja', 'karyawan', 'pegawai', 'penghuni', 'penumpang', 'pengungsi', 'peternak', 'pembudidaya',
    'perajin', 'petani', 'nelayan', 'pedagang', 'mahasiswa', 'mahasiswi', 'siswa', 'guru', 'dokter', 'perawat', 'sopir', 'warga'
  ]),
  unnamedGroupOpeners: new Set(['para', 'banyak', 'sejumlah', 'beberapa', 'sebagian']),
  quantifiers: new Set([
    'sejumlah', 'beberapa', 'banyak', 'para', 'seluruh', 'semua', 'sebagian', 'setiap', 'tiap', 'kedua', 'ketiga', 'belasan', 'puluhan', 'ratusan', 'ribuan', 'jutaan',
    'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh'
  ]),
  descriptionOpeners: new Set(indefiniteOpeners.flat()),
  indefiniteOpeners,
  nonSpeakers: new Set([
    'hal', 'foto', 'foto-foto', 'gambar', 'video', 'rekaman', 'data', 'grafik', 'tabel', 'peta',
    'hasil', 'citra', 'dokumen', 'catatan', 'angka', 'statistik', 'survei', 'tren', 'kurva',
    'cuplikan', 'tayangan', 'unggahan', 'tangkapan', 'bukti', 'temuan', 'penelitian', 'studi',
    'kajian', 'pengumuman', 'jadwal', 'papan', 'spanduk', 'poster', 'baliho', 'surat',
    'undang-undang', 'peraturan', 'aturan', 'keputusan'
  ]),
  places,
  compassWords,
  foreignConnectors: new Set(['of', 'for', 'and', 'the', 'on', 'in', 'at', 'to', 'des', 'du', 'y', 'e']),
  referenceNouns: new Set(['pasal', 'ayat', 'huruf', 'butir', 'poin', 'bab', 'nomor', 'no', 'jilid', 'halaman', 'lampiran', 'urut']),
  functionWords: new Set([
    'selain', 'namun', 'sementara', 'adapun', 'bahkan', 'akan', 'tetapi', 'oleh', 'jadi', 'maka',
    'apalagi', 'terlebih', 'sedangkan', 'padahal', 'hanya', 'semua', 'setiap', 'para', 'beberapa',
    'sejumlah', 'banyak', 'dia', 'ia', 'kami', 'kita', 'mereka', 'saya', 'hal', 'hingga', 'kini',
    'sekarang', 'ada', 'tak', 'tidak', 'belum', 'sudah', 'masih', 'juga', 'pun', 'itu', 'ini',
    'rp', 'usd', 'us$', 'demikian', 'kata', 'pukul', 'kendati', 'sebab', 'pernyataan', 'keterangan',
    'menurutnya', 'terkait', 'soal', 'mengenai', 'sementara', 'selanjutnya', 'berikutnya'
  ]),
  nicknameMarkers: new Set(['disapa', 'dipanggil', 'dijuluki', 'disebut', 'sapaan', 'panggilan', 'julukan', 'alias']),
  nicknameTitles: new Set(['gus', 'cak', 'kang', 'ning', 'neng', 'abah', 'buya', 'bang', 'abang', 'daeng', 'uda', 'uni', 'teh', 'aa', 'mbah', 'kak', 'mas', 'mbak', 'bung', 'pak', 'bu', 'ustaz', 'ustad', 'ustadz', 'kiai', 'kyai', 'habib', 'romo', 'opung', 'ompu', 'ama', 'ina', 'om', 'tante']),
  nicknameOr: new Set(['atau', 'alias']),
  partyHeads: new Set(['pihak', 'manajemen', 'direksi']),
  possessedOpeners: new Set([
    'janji', 'pernyataan', 'ucapan', 'perkataan', 'komentar', 'tanggapan', 'klaim', 'pesan', 'permintaan', 'usulan', 'usul',
    'desakan', 'kritik', 'seruan', 'imbauan', 'instruksi', 'arahan', 'penjelasan', 'keterangan', 'jawaban', 'pengakuan',
    'ajakan', 'harapan', 'keinginan', 'pidato', 'sambutan', 'unggahan', 'cuitan', 'kunjungan', 'kedatangan', 'kehadiran',
    'langkah', 'keputusan', 'sikap', 'tudingan', 'tuduhan', 'bantahan', 'sindiran', 'ancaman', 'peringatan', 'kabar'
  ]),
  nicknameFillers: new Set(['yang', 'akrab', 'biasa', 'kerap', 'sering', 'lebih', 'dikenal', 'dengan', 'nama', 'sebagai']),
  namePrefixes: new Set([
    'muhammad', 'mohammad', 'mohamad', 'muhamad', 'mochammad', 'mochamad', 'moh', 'muh', 'mhd', 'm',
    'ahmad', 'achmad', 'ahmed', 'abdul', 'kiagus', 'nyimas', 'raden', 'mas', 'siti', 'abdurrahman', 'raden', 'rd', 'i', 'ni', 'gusti', 'anak', 'agung',
    'tubagus', 'teuku', 'tengku', 'andi', 'lalu', 'baiq', 'cut', 'sri', 'siti', 'nur', 'nyoman',
    'made', 'wayan', 'ketut', 'putu', 'kadek', 'komang', 'gede', 'ida', 'bagus', 'ayu'
  ]),
  roleClauseWords: new Set(['yang', 'juga', 'kini', 'saat', 'ini', 'merupakan', 'adalah', 'menjabat', 'sebagai', 'selaku']),
  companyTitles: new Set([
    'ceo', 'cfo', 'coo', 'cto', 'cmo', 'founder', 'co-founder', 'cofounder', 'pendiri', 'chairman', 'officer', 'president', 'vp'
  ]),
  englishTitles: {
    heads: new Set([
      'analyst', 'director', 'manager', 'officer', 'head', 'chief', 'president', 'economist', 'strategist', 'researcher',
      'specialist', 'consultant', 'partner', 'founder', 'co-founder', 'chairman', 'chairwoman', 'ceo', 'cfo', 'coo', 'cto',
      'cmo', 'vp', 'lead', 'leader', 'secretary', 'treasurer', 'advisor', 'adviser', 'associate', 'principal', 'scientist', 'executive'
    ]),
    words: new Set([
      'of', 'and', '&', 'senior', 'junior', 'managing', 'executive', 'general', 'vice', 'deputy', 'assistant', 'acting',
      'country', 'regional', 'global', 'group', 'research', 'investment', 'equity', 'corporate', 'communication',
      'communications', 'marketing', 'public', 'relations', 'affairs', 'operations', 'operating', 'finance', 'financial',
      'business', 'development', 'product', 'technology', 'technical', 'information', 'human', 'resources', 'sales', 'legal',
      'compliance', 'risk', 'strategy', 'strategic', 'digital', 'data', 'external', 'internal', 'government', 'brand',
      'customer', 'credit', 'fixed', 'income', 'market', 'markets', 'economic', 'economics', 'portfolio', 'fund', 'asset',
      'wealth', 'retail', 'commercial', 'banking', 'treasury', 'chief', 'head', 'co'
    ]),
    joiners: new Set(['of', 'and', '&']),
    fieldJoiner: 'of'
  },
  nameTitles: new Set(['lalu', 'raden', 'teuku', 'tengku', 'andi', 'baiq', 'tubagus', 'kiagus', 'nyimas', 'tjokorda', 'cokorda']),
  adverbs: new Set([
    'sebelumnya', 'juga', 'pun', 'telah', 'sudah', 'kemudian', 'lalu', 'pernah', 'kembali',
    'bahkan', 'sempat', 'hanya', 'tetap', 'masih', 'akhirnya', 'lantas', 'justru', 'malah',
    'memang', 'secara', 'tegas', 'langsung', 'terpisah', 'sendiri', 'pula', 'segera', 'lebih',
    'dulu', 'terus', 'kerap', 'sering', 'selalu', 'baru', 'belakangan', 'kini',
    // Sentence adverbs, capitalised when they open a sentence (`Praktis Bima …`): never a name.
    'praktis', 'otomatis', 'ternyata', 'kebetulan', 'mungkin', 'barangkali', 'tentu', 'jelas', 'pasti', 'hampir', 'nyaris',
    // …and discourse words that open a sentence before a comma (`Alhasil, …`, `Terakhir, …`, `Artinya, …`).
    'alhasil', 'terakhir', 'terbaru', 'artinya', 'intinya', 'singkatnya', 'selebihnya', 'beruntung', 'untungnya', 'sayangnya',
    'rupanya', 'agaknya', 'tampaknya', 'kabarnya', 'konon',
    // …and adverbs of sequence that open a narrative sentence (`Awalnya Budi menjelaskan …`).
    ...sequenceAdverbs
  ]),
  subordinators: new Set([
    'saat', 'ketika', 'setelah', 'sebelum', 'sejak', 'karena', 'jika', 'apabila', 'bila',
    'kalau', 'meski', 'meskipun', 'walaupun', 'walau', 'sewaktu', 'selagi', 'begitu', 'seusai',
    'usai', 'sesudah', 'agar', 'supaya', 'sehingga', 'bahwa', 'yang', 'tatkala', 'manakala'
  ]),
  degrees,
  nameParticles: new Set(['bin', 'binti', 'van', 'von', 'de', 'der', 'den', 'del', 'da', 'al', 'el', 'bt', 'dos', 'la', 'le', 'y', 'e'])
}
