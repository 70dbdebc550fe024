/**
 * Common Indonesian personal names, as data: given names, family and clan
 * names, and towns, written by the kutip authors from general knowledge of
 * Indonesian naming (Javanese, Sundanese, Batak, Minahasa, Maluku, Toraja,
 * Bugis, Minang, Balinese, Chinese-Indonesian and Arabic-derived names). No
 * entry is copied from a dataset or names anyone in particular: these are the
 * everyday names of a country of 270 million people.
 *
 * The name reader's training (scripts/names) draws synthetic people from them
 * and carries their words as a word set (`names-id`): a given name the
 * gazetteer of famous people lacks (`Deni`, `Irvan`) is still a name.
 */

/** Given names, men's and women's, as written in the news. */
export const givenNames: readonly string[] = [
  // Javanese and pan-Indonesian
  'Adi', 'Agus', 'Agung', 'Ahmad', 'Aji', 'Andi', 'Anton', 'Ari', 'Arif', 'Aris', 'Bagus', 'Bambang', 'Bayu', 'Beni',
  'Budi', 'Cahyo', 'Darmawan', 'Dedi', 'Deni', 'Didik', 'Dimas', 'Djoko', 'Doni', 'Dwi', 'Eko', 'Endra', 'Fajar',
  'Gatot', 'Gilang', 'Guntur', 'Hadi', 'Handoko', 'Hari', 'Hendra', 'Heru', 'Imam', 'Indra', 'Irfan', 'Irvan', 'Iwan',
  'Joko', 'Kukuh', 'Kurniawan', 'Lukman', 'Mulyono', 'Nanang', 'Nugroho', 'Pamungkas', 'Priyo', 'Purnomo', 'Rahmat',
  'Rudi', 'Sapto', 'Setiawan', 'Slamet', 'Sigit', 'Sugeng', 'Suharto', 'Sukamto', 'Sunarto', 'Supriyadi', 'Suryo',
  'Susilo', 'Sutrisno', 'Teguh', 'Tri', 'Totok', 'Wahyu', 'Wawan', 'Widodo', 'Wiryo', 'Yanto', 'Yoga', 'Yudi', 'Yusuf',
  'Anjar', 'Bowo', 'Catur', 'Danang', 'Erwin', 'Galih', 'Haryo', 'Jatmiko', 'Kusno', 'Lilik', 'Margono', 'Parjo',
  'Ratno', 'Sarjono', 'Tarno', 'Untung', 'Wagiman', 'Warsito', 'Yitno', 'Bimo', 'Seno', 'Wisnu', 'Krisna', 'Aryo',
  // Sundanese
  'Asep', 'Ujang', 'Cecep', 'Dadang', 'Deden', 'Encep', 'Jajang', 'Ade', 'Aang', 'Acep', 'Dadan', 'Enjang', 'Iyus',
  'Ujang', 'Yayan', 'Euis', 'Neneng', 'Iis', 'Elis', 'Popon', 'Enung', 'Nining', 'Imas', 'Ai', 'Cucu', 'Dede',
  // Arabic-derived
  'Abdul', 'Abdullah', 'Faisal', 'Farid', 'Fauzi', 'Hamzah', 'Hasan', 'Husein', 'Ibrahim', 'Ilham', 'Ismail',
  'Jamal', 'Khairul', 'Malik', 'Mansur', 'Mahmud', 'Muhammad', 'Mohammad', 'Nasrullah', 'Rizki', 'Rizal', 'Salman',
  'Syaiful', 'Taufik', 'Umar', 'Usman', 'Zainal', 'Zulkifli', 'Fikri', 'Hafiz', 'Ridwan', 'Rusdi', 'Syamsul', 'Yahya',
  'Aisyah', 'Fatimah', 'Khadijah', 'Maryam', 'Nurul', 'Siti', 'Zahra', 'Zainab', 'Nur', 'Annisa', 'Latifah', 'Rahma',
  'Halimah', 'Salmah', 'Syarifah', 'Ummi', 'Laila', 'Nabila', 'Azizah', 'Hasanah',
  // Women's names, pan-Indonesian and Javanese
  'Ani', 'Ayu', 'Dewi', 'Dian', 'Dina', 'Endang', 'Fitri', 'Indah', 'Intan', 'Kartika', 'Kurnia', 'Lestari', 'Lina',
  'Maya', 'Mega', 'Melati', 'Nia', 'Novi', 'Puspita', 'Putri', 'Ratih', 'Ratna', 'Rina', 'Rini', 'Sari', 'Sekar',
  'Sri', 'Suci', 'Tuti', 'Umi', 'Wulan', 'Yanti', 'Yuli', 'Yuni', 'Wati', 'Sumarni', 'Sulastri', 'Suparmi',
  'Winarti', 'Handayani', 'Rahayu', 'Astuti', 'Wahyuni', 'Susanti', 'Kusuma', 'Pertiwi', 'Anggraini', 'Citra',
  'Desi', 'Eka', 'Erna', 'Fenny', 'Gita', 'Hesti', 'Ika', 'Ina', 'Juwita', 'Lia', 'Mira', 'Nanik', 'Ningsih', 'Okta',
  'Peni', 'Retno', 'Santi', 'Tika', 'Utari', 'Vina', 'Wiwik', 'Yeni', 'Tari', 'Sinta', 'Laras', 'Ajeng', 'Galuh',
  // Christian and Western-derived names common in Indonesia
  'Andreas', 'Antonius', 'Benediktus', 'Daniel', 'David', 'Fransiskus', 'Gregorius', 'Hendrik', 'Ignatius',
  'Yohanes', 'Yosef', 'Markus', 'Matius', 'Paulus', 'Petrus', 'Stefanus', 'Thomas', 'Vincent', 'Yakobus',
  'Agustinus', 'Albertus', 'Aloysius', 'Bernadus', 'Kristianus', 'Lukas', 'Martinus', 'Michael', 'Robert',
  'Maria', 'Magdalena', 'Theresia', 'Veronika', 'Yohana', 'Agnes', 'Elisabeth', 'Monika', 'Katarina', 'Fransiska',
  // Modern names
  'Aditya', 'Akbar', 'Alif', 'Arya', 'Bintang', 'Dafa', 'Dimas', 'Elang', 'Fadli', 'Farhan', 'Galang', 'Ilyas',
  'Kevin', 'Raka', 'Rama', 'Reza', 'Rio', 'Satria', 'Yoga', 'Zaki', 'Alya', 'Amelia', 'Bella', 'Cinta', 'Dinda',
  'Keisha', 'Nadia', 'Naura', 'Salsabila', 'Tiara', 'Vania', 'Zaskia', 'Cantika', 'Aulia',
  // Balinese birth-order names and Bugis, Minang, eastern names
  'Wayan', 'Made', 'Nyoman', 'Ketut', 'Putu', 'Gede', 'Kadek', 'Komang', 'Luh', 'Andi', 'Daeng', 'Upik', 'Buyung',
  'Yance', 'Yosua', 'Frans', 'Melki', 'Obed', 'Yulius', 'Septinus', 'Marthen', 'Demianus', 'Yohanis'
]

/** Family, clan and inherited names: Batak marga, Minahasa fam, Maluku, Toraja, Nias, Flores; common Javanese and Chinese-Indonesian surnames. */
export const familyNames: readonly string[] = [
  // Batak marga
  'Siregar', 'Nasution', 'Harahap', 'Lubis', 'Hasibuan', 'Simanjuntak', 'Sitompul', 'Situmorang', 'Simatupang',
  'Sihombing', 'Hutapea', 'Hutagalung', 'Pasaribu', 'Panjaitan', 'Pardede', 'Sinaga', 'Sitorus', 'Tambunan',
  'Manurung', 'Napitupulu', 'Simbolon', 'Silalahi', 'Sianturi', 'Sitanggang', 'Saragih', 'Purba', 'Damanik',
  'Ginting', 'Tarigan', 'Sembiring', 'Karo-Karo', 'Perangin-angin', 'Sebayang', 'Batubara', 'Daulay', 'Pohan',
  'Rangkuti', 'Matondang', 'Marpaung', 'Samosir', 'Gultom', 'Hutauruk', 'Aritonang', 'Siahaan', 'Sibarani',
  'Tampubolon', 'Butar-butar', 'Sirait', 'Simamora', 'Nainggolan', 'Manik', 'Munthe', 'Lumbantobing',
  // Minahasa fam
  'Lumowa', 'Mamahit', 'Mandagi', 'Pangemanan', 'Rumengan', 'Sumampouw', 'Tumbelaka', 'Wowor', 'Kalalo', 'Lengkong',
  'Rondonuwu', 'Tumewu', 'Warouw', 'Sondakh', 'Runtuwene', 'Karundeng', 'Pelealu', 'Supit', 'Tangkilisan', 'Walukow',
  // Maluku, Papua, Nusa Tenggara
  'Latuconsina', 'Pattimura', 'Tuhumury', 'Matulessy', 'Pattiasina', 'Sahetapy', 'Leiwakabessy', 'Tanamal',
  'Ohorella', 'Rumbewas', 'Wenda', 'Kogoya', 'Murib', 'Tabuni', 'Wakerkwa', 'Fernandez', 'Da Costa', 'Bria',
  'Seran', 'Manek', 'Ndoen', 'Tefa', 'Lay', 'Kaka', 'Bere', 'Riwu', 'Nenabu',
  // Toraja, Bugis, Makassar, Nias
  'Pasanda', 'Tandi', 'Palinggi', 'Sampe', 'Tangdilintin', 'Mappaseng', 'Pallawa', 'Zebua', 'Harefa', 'Gea',
  'Telaumbanua', 'Laoli', 'Halawa', 'Waruwu', 'Mendrofa', 'Duha',
  // Javanese, Sundanese and others used as surnames
  'Santoso', 'Susanto', 'Wibowo', 'Prasetyo', 'Saputra', 'Pratama', 'Wijaya', 'Gunawan', 'Hidayat', 'Kurniawan',
  'Setiadi', 'Hartono', 'Purwanto', 'Sutanto', 'Hermawan', 'Firmansyah', 'Ramadhan', 'Permana', 'Nugraha',
  'Hakim', 'Siswanto', 'Suryadi', 'Utomo', 'Wicaksono', 'Kusumo', 'Hadiwijaya', 'Suwarno', 'Sudarmo', 'Sukardi',
  'Sulistyo', 'Maulana', 'Fauzan', 'Hidayatullah', 'Rahman', 'Syahputra', 'Nasrullah', 'Alamsyah', 'Iskandar',
  'Sudirman', 'Sastro', 'Atmaja', 'Kartasasmita', 'Suryana', 'Sumantri', 'Sasmita', 'Supriatna', 'Mulyadi',
  // Minang and Malay
  'Datuk', 'Chaniago', 'Tanjung', 'Piliang', 'Koto', 'Sikumbang', 'Caniago',
  // Chinese-Indonesian
  'Halim', 'Salim', 'Tanoto', 'Gunadi', 'Tjandra', 'Lim', 'Tan', 'Wong', 'Liem', 'Ong', 'Go', 'Kwee', 'Oei', 'Tjoa',
  'Sutedja', 'Wijono', 'Hartanto', 'Kusnadi', 'Setiabudi', 'Tanuwidjaja', 'Kurniadi',
  // Arabic-Indonesian
  'Assegaf', 'Alatas', 'Alkaff', 'Shahab', 'Baswedan', 'Bawazier', 'Alhabsyi', 'Aljufri', 'Bafadal'
]

/**
 * Towns and cities beyond `towns` (src/lang/id/name-lexicons.ts) and the
 * provinces and large cities of src/lang/id/places.ts: where synthetic
 * people live and organisations sit.
 */
export const townNames: readonly string[] = [
  'Bandung', 'Bogor', 'Depok', 'Bekasi', 'Tangerang', 'Semarang', 'Surabaya', 'Malang', 'Yogyakarta', 'Solo',
  'Surakarta', 'Magelang', 'Klaten', 'Tegal', 'Pekalongan', 'Cirebon', 'Tasikmalaya', 'Kediri', 'Jember', 'Medan',
  'Padang', 'Pekanbaru', 'Palembang', 'Jambi', 'Bengkulu', 'Lampung', 'Pontianak', 'Banjarmasin', 'Samarinda',
  'Balikpapan', 'Makassar', 'Manado', 'Gorontalo', 'Mamuju', 'Ambon', 'Jayapura', 'Kupang', 'Mataram', 'Denpasar',
  'Singaraja', 'Bima', 'Maumere', 'Labuan Bajo', 'Atambua', 'Waingapu', 'Banda Aceh', 'Batam', 'Pangkalpinang',
  'Tanjung Pinang', 'Serui', 'Sentani', 'Masohi', 'Tual', 'Saumlaki', 'Bau-Bau', 'Raha', 'Watampone', 'Sengkang',
  'Rantepao', 'Makale', 'Polewali', 'Majene', 'Kotamobagu', 'Tondano', 'Tahuna', 'Luwuk', 'Tolitoli', 'Donggala',
  'Bukittinggi', 'Sawahlunto', 'Padang Panjang', 'Rengat', 'Tembilahan', 'Muara Enim', 'Kayuagung', 'Sekayu',
  'Kotabumi', 'Kalianda', 'Curup', 'Manna', 'Mukomuko', 'Sungai Penuh', 'Muara Bungo', 'Kuala Tungkal', 'Tanjung Selor',
  'Nunukan', 'Malinau', 'Sangatta', 'Tenggarong', 'Penajam', 'Kuala Kapuas', 'Pangkalan Bun', 'Muara Teweh',
  'Barabai', 'Kandangan', 'Kotabaru', 'Putussibau', 'Sanggau', 'Mempawah', 'Sambas', 'Cilacap', 'Banyumas',
  'Sleman', 'Bantul', 'Wates', 'Wonosari', 'Mojokerto', 'Kraksaan', 'Genteng', 'Garut', 'Soreang', 'Cibinong',
  'Cikarang', 'Rangkasbitung', 'Purwodadi', 'Kajen', 'Slawi', 'Mungkid'
]
