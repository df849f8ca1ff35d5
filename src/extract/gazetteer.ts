/**
 * Built-in names, one entry per line: streamers, networks, studios,
 * labels, agencies and outlets (org); countries, regions and cities (place).
 * Users add their own through the `gazetteer` option.
 */
export const orgNames: readonly string[] = [
  'Netflix', 'HBO', 'HBO Max', 'Max', 'Hulu', 'Disney+', 'Disney Plus', 'Disney', 'Prime Video', 'Amazon Prime Video', 'Amazon',
  'Apple TV+', 'Apple', 'Peacock', 'Paramount+', 'Paramount', 'Showtime', 'Starz', 'AMC', 'FX', 'NBC', 'CBS', 'ABC', 'Fox',
  'BBC', 'ITV', 'Channel 4', 'Sky', 'CNN', 'The CW', 'Crunchyroll', 'Viki', 'Rakuten Viki', 'iQIYI', 'Tencent Video', 'Youku',
  'Viu', 'KOCOWA', 'Wavve', 'TVING', 'Coupang Play', 'tvN', 'JTBC', 'SBS', 'KBS', 'KBS2', 'MBC', 'OCN', 'ENA', 'Mnet', 'TV Chosun',
  'Channel A', 'MBN', 'HYBE', 'SM Entertainment', 'YG Entertainment', 'JYP Entertainment', 'Big Hit Music', 'Studio Dragon',
  'CJ ENM', 'Marvel', 'Marvel Studios', 'Sony', 'Sony Pictures', 'Warner Bros.', 'Warner Bros', 'Universal', 'Universal Pictures',
  'Lionsgate', 'A24', 'Pixar', 'DreamWorks', 'Lucasfilm', 'MGM', 'Toho', 'Studio Ghibli', 'Toei', 'Spotify',
  'iTunes', 'YouTube', 'Instagram', 'Twitter', 'Facebook', 'TikTok', 'Weibo', 'Google', 'Microsoft', 
  'Nintendo', 'Rockstar Games', 'Billboard', 'Variety', 'Deadline', 'The Hollywood Reporter', 'IndieWire', 'Rotten Tomatoes',
  'IMDb', 'Nielsen', 'Nielsen Korea', 'Soompi', 'Allkpop', 'Dispatch', 'Wikitree', 'Yonhap', 'Naver', 'Ticketmaster',
  'Live Nation', 'TMZ', 'Page Six', 'GameSpot', 'IGN', 'Reuters', 'Associated Press', 'AP', 'BTS', 'BLACKPINK',
  'TWICE', 'EXO', 'NCT', 'Stray Kids', 'SEVENTEEN', 'NewJeans', 'Big Bang', 'BIGBANG', 'Girls’ Generation', 'Red Velvet',
  'Box Office Mojo', 'Comscore', 'Times of India', 'KpopStarz', 'Koreaboo', 'Screen Rant', 'Collider', 'Entertainment Weekly',
  // Networks, studios, publishers, labels and outlets of entertainment news.
  'MTV', 'VH1', 'BET', 'Comedy Central', 'Nickelodeon', 'Cartoon Network', 'Adult Swim', 'Lifetime', 'TNT', 'TBS', 'USA Network',
  'Syfy', 'Bravo', 'A&E', 'National Geographic', 'PBS', 'CW', 'Freeform', 'FXX', 'Hallmark Channel', 'Telemundo', 'Univision',
  'Channel 5', 'BBC One', 'BBC Two', 'BBC Three', 'ITVX', 'E4', 'Sky Atlantic', 'Fuji TV', 'TV Tokyo', 'NHK', 'Nippon TV',
  'TV Asahi', 'Aniplex', 'Shueisha', 'Kodansha', 'Shogakukan', 'Viz Media', 'Kadokawa', 'MAPPA', 'Wit Studio', 'Ufotable',
  'CloverWorks', 'Kyoto Animation', 'Madhouse', 'Production I.G', 'Weekly Shonen Jump', 'Shonen Jump', 'Naver Webtoon',
  'Kakao', 'Kakao Entertainment', 'Kakao Webtoon', 'LINE Webtoon', 'LINE Manga', 'Paramount Pictures', 'Columbia Pictures',
  '20th Century Studios', 'Searchlight Pictures', 'Focus Features', 'New Line Cinema', 'New Line', 'Blumhouse',
  'Warner Bros. Pictures', 'Warner Bros. Discovery', 'Paramount Global', 'ViacomCBS', 'Viacom', 'Comcast', 'NBCUniversal',
  'DC Comics', 'DC Studios', 'Marvel Comics', 'CBS All Access', 'Amazon Prime', 'Universal Music Group', 'Sony Music',
  'Warner Music', 'Interscope', 'Def Jam', 'Vanity Fair', 'The Independent', 'The Guardian', 'The New York Times',
  'Rolling Stone', 'Forbes', 'BuzzFeed', 'HuffPost', 'Bloomberg', 'TheWrap', 'Digital Spy', 'Radio Times', 'Daily Mail',
  'Evening Standard', 'NME', 'Pitchfork', 'Polygon', 'Kotaku', 'Anime News Network', 'Oricon', 'Circle Chart', 'Hanteo',
  'Telegram', 'Substack', 'Patreon', 'Google Meet', 'Roku', 'Fandango', 'Luminate', 'CinemaScore', 'Recording Academy',
  'Television Academy', 'Hollywood Foreign Press Association',
  // Bands and groups often in the news.
  'NCT 127', 'NCT Dream', 'SuperM', 'aespa', 'LE SSERAFIM', 'ITZY', '(G)I-DLE', 'ATEEZ', 'ENHYPEN', 'TXT', 'TOMORROW X TOGETHER',
  'MAMAMOO', 'SHINee', 'Super Junior', 'SNSD', '2NE1', 'VIXX', 'Monsta X', 'YOASOBI', 'The Rolling Stones', 'The Beatles',
  'Coldplay', 'Aerosmith', 'Metallica', 'Migos', 'Twenty One Pilots', 'Imagine Dragons', 'Maroon 5', 'One Direction',
  // Companies and institutions that news of any kind names.
  'Boeing', 'Airbus', 'Lockheed Martin', 'Northrop Grumman', 'General Motors', 'Ford', 'Chrysler', 'Toyota', 'Honda', 'Hyundai',
  'Volkswagen', 'BMW', 'Tesla', 'Intel', 'IBM', 'Nvidia', 'AMD', 'Meta', 'OpenAI', 'Samsung', 'Huawei', 'Xiaomi', 'Alibaba',
  'Tencent', 'Baidu', 'eBay', 'PayPal', 'Uber', 'Walmart', 'Nike', 'Adidas', 'Coca-Cola', 'PepsiCo', 'Starbucks', 'Goldman Sachs',
  'JPMorgan', 'JPMorgan Chase', 'Morgan Stanley', 'Citigroup', 'Lehman Brothers', 'Federal Reserve', 'NASDAQ', 'Nasdaq', 'NYSE',
  'European Central Bank', 'World Bank', 'IMF', 'United Nations', 'NATO', 'FIFA', 'NASA', 'FBI', 'CIA', 'Pentagon', 'Ryanair',
  'Lufthansa', 'Emirates', 'Qantas', 'Air France', 'British Airways', 'Reddit', 'Twitch', 'Discord', 'Snapchat', 'WhatsApp',
  'Legendary Entertainment', 'Legendary Pictures', 'Mattel', 'Hasbro', 'LG', 'McDonald’s', "McDonald's",
  'Capitol Records', 'Columbia Records', 'Atlantic Records', 'Republic Records', 'Island Records', 'RCA Records',
  // Game publishers and studios.
  'Capcom', 'Konami', 'Activision', 'Activision Blizzard', 'Blizzard', 'Blizzard Entertainment', 'EA', 'Electronic Arts',
  'Ubisoft', 'Square Enix', 'Bandai Namco', 'Sega', 'Valve', 'Epic Games', 'Take-Two', 'Bethesda', 'CD Projekt', 'CD Projekt Red',
  'FromSoftware', 'Riot Games', 'Mojang', 'Naughty Dog', 'Insomniac Games', 'NetEase', 'miHoYo', 'HoYoverse', 'Game Freak',
  'The Pokémon Company', 'Nintendo of America', 'Sony Interactive Entertainment', 'Xbox Game Studios',
  // Outlets of games, film and K-pop news.
  'Eurogamer', 'VG247', 'PC Gamer', 'Game Informer', 'Metacritic', 'Bollywood Hungama',
  'Koimoi', 'AllKpop', 'allkpop', 'TenAsia', 'OSEN', 'Newsen', 'Sports Chosun', 'E! News', 'Us Weekly',
  'Entertainment Tonight', 'Den of Geek', 'CBR', 'What’s on Netflix', "What's on Netflix",
  'Shondaland', 'Funimation', 'Tokyo MX', 'BS11', 'AT-X', 'MBS', 'Tokyo Broadcasting System',
  'WeTV', 'Mango TV', 'KBS 2TV', 'KBS1', 'KBS World', 'Arirang', 'SBS Plus', 'MBC every1',
  // Guilds and award bodies.
  'Directors Guild of America', 'DGA', 'SAG-AFTRA', 'SAG', 'Producers Guild of America', 'PGA', 'Writers Guild of America', 'WGA',
  'BAFTA', 'Academy of Motion Picture Arts and Sciences', 'Golden Globes',
  // K-pop groups.
  '2PM', '2AM', 'GOT7', 'iKON', 'Apink', 'Oh My Girl', 'fromis_9', 'Kep1er', 'ZEROBASEONE', 'RIIZE', 'BABYMONSTER', 'TREASURE',
  'The Boyz', 'ASTRO', 'B.A.P', 'BTOB', 'T-ara', 'SISTAR', 'KARA', '4Minute', 'EXID', 'AOA', 'LOONA', 'Dreamcatcher', 'STAYC',
  'NMIXX', 'Kiss of Life', 'Everglow', 'WJSN', 'GFriend', 'Wonder Girls', 'IVE', 'Brave Girls',
  'P1Harmony', 'Xdinary Heroes', 'DAY6', 'CNBLUE', 'FT Island', 'Block B', 'PENTAGON',
  'SF9', 'CIX', 'ONEUS', 'VERIVERY', 'Golden Child', 'WEi', 'CRAVITY', 'TNX', 'BOYNEXTDOOR', 'TWS', 'ILLIT', 'KISS OF LIFE',
]

const countries = [
  'South Korea', 'North Korea', 'Korea', 'Japan', 'China', 'Taiwan', 'Thailand', 'Philippines', 'Vietnam', 'Indonesia',
  'Malaysia', 'Singapore', 'India', 'Pakistan', 'United States', 'U.S.', 'US', 'USA', 'America', 'Canada', 'Mexico', 'Brazil',
  'Argentina', 'United Kingdom', 'U.K.', 'UK', 'Britain', 'England', 'Scotland', 'Ireland', 'France', 'Germany', 'Italy',
  'Spain', 'Portugal', 'Netherlands', 'Sweden', 'Norway', 'Denmark', 'Finland', 'Poland', 'Russia', 'Ukraine', 'Turkey',
  'Australia', 'New Zealand', 'Nigeria', 'South Africa', 'Egypt', 'Iceland', 'Greece', 'Austria', 'Switzerland', 'Belgium',
  'Czech Republic', 'Hungary', 'Romania', 'Israel', 'Iran', 'Iraq', 'Saudi Arabia', 'Qatar', 'Kenya', 'Ghana', 'Morocco',
  'Chile', 'Colombia', 'Peru', 'Venezuela', 'Cuba', 'Jamaica', 'Bangladesh', 'Sri Lanka', 'Nepal', 'Myanmar', 'Cambodia',
  'Mongolia', 'Kazakhstan', 'S. Korea', 'Wales',
]

// The states of the United States and the provinces of Canada.
const states = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'Colorado', 'Connecticut', 'Delaware', 'Georgia', 'Hawaii', 'Idaho', 'Illinois',
  'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota',
  'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'North Carolina',
  'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee',
  'Utah', 'Vermont', 'Virginia', 'West Virginia', 'Wisconsin', 'Wyoming', 'Ontario', 'Quebec', 'British Columbia', 'Alberta',
  'Texas', 'California', 'Florida', 'Washington', 'New York',
]

/** Countries, US states and Canadian provinces: what “Mobile, Alabama” and “Toulouse, France” end in. */
export const regionNames: ReadonlySet<string> = new Set([...countries, ...states])

export const placeNames: readonly string[] = [
  ...countries,
  ...states,
  // Continents, regions, cities and capitals.
  'Hong Kong', 'Europe', 'Asia', 'Africa', 'Latin America', 'North America', 'Seoul', 'Busan', 'Incheon', 'Jeju', 'Tokyo',
  'Osaka', 'Kyoto', 'Beijing', 'Shanghai', 'Taipei', 'Bangkok', 'Manila', 'Jakarta', 'Mumbai', 'Delhi', 'New Delhi', 'Bangalore',
  'Chennai', 'Hyderabad', 'Kolkata', 'Lagos', 'London', 'Paris', 'Berlin', 'Rome', 'Madrid', 'Amsterdam', 'Stockholm', 'Moscow',
  'Toronto', 'Vancouver', 'Los Angeles', 'New York City', 'Hollywood', 'Chicago', 'Atlanta', 'Las Vegas', 'San Francisco',
  'Miami', 'Boston', 'Sydney', 'Melbourne', 'Dubai', 'Cannes', 'Venice', 'Gangnam', 'South America', 'Central America',
  'Middle East', 'Southeast Asia', 'Oceania', 'Scandinavia', 'Washington, D.C.', 'Detroit', 'Seattle', 'Houston', 'Dallas',
  'Philadelphia', 'San Diego', 'San Jose', 'Denver', 'Nashville', 'New Orleans', 'Montreal', 'Mexico City', 'São Paulo',
  'Rio de Janeiro', 'Buenos Aires', 'Bogotá', 'Frankfurt', 'Munich', 'Hamburg', 'Vienna', 'Zurich', 'Geneva', 'Brussels',
  'Dublin', 'Edinburgh', 'Manchester', 'Liverpool', 'Barcelona', 'Milan', 'Athens', 'Istanbul', 'Warsaw', 'Prague', 'Budapest',
  'Kyiv', 'Cairo', 'Nairobi', 'Johannesburg', 'Cape Town', 'Tel Aviv', 'Riyadh', 'Doha', 'Abu Dhabi', 'Karachi', 'Lahore',
  'Dhaka', 'Kuala Lumpur', 'Ho Chi Minh City', 'Hanoi', 'Shenzhen', 'Guangzhou', 'Chengdu', 'Wuhan', 'Macau', 'Yokohama',
  'Nagoya', 'Sapporo', 'Fukuoka', 'Daegu', 'Gwangju', 'Daejeon', 'Auckland', 'Brisbane', 'Perth', 'Toulouse', 'Marseille',
  'Lyon', 'Cupertino', 'Silicon Valley',
]

// Korean family names: the given name after one is often two words (“Ahn Ji Young”).
const koreanFamilyNames = [
  'Lee', 'Kim', 'Park', 'Choi', 'Jung', 'Jeong', 'Jang', 'Kang', 'Cho', 'Jo', 'Yoon', 'Yun', 'Han', 'Song', 'Shin', 'Oh', 'Seo',
  'Kwon', 'Hwang', 'Ahn', 'Yoo', 'Jeon', 'Moon', 'Son', 'Bae', 'Baek', 'Nam', 'Ryu', 'Im', 'Lim', 'Ha', 'Byun', 'Gong', 'Ji',
  'Joo', 'Cha', 'Go', 'Ko', 'Ju', 'Noh', 'Seong', 'Sung', 'Heo', 'Kwak', 'Eom', 'Um', 'Chae', 'Hong', 'Shim', 'Sim', 'Pyo',
  'Cheon', 'Yeo', 'Woo', 'Jin', 'Min', 'Do', 'Na',
]

/** Korean family names, for names written in three words. */
export const koreanFamilies: ReadonlySet<string> = new Set(koreanFamilyNames)

/** Common East and South Asian family names: a capitalised run starting with one is a person. */
export const familyNames: ReadonlySet<string> = new Set([
  ...koreanFamilyNames,
  'Zhao', 'Wang', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Wu', 'Zhou', 'Xu', 'Sun', 'Zhu', 'Hu', 'Guo', 'Lin', 'Luo', 'Xiao',
  'Yu', 'Tanaka', 'Suzuki', 'Sato', 'Takahashi', 'Watanabe', 'Yamamoto', 'Nakamura', 'Khan', 'Kapoor', 'Kumar', 'Singh',
  'Sharma', 'Chopra', 'Bachchan', 'Padukone', 'Nguyen', 'Tran',
  'Deng', 'Xing', 'Yue', 'Gao', 'Tang', 'Feng', 'Dong', 'Cao', 'Peng', 'Zeng', 'Xie', 'Wei', 'Jiang', 'Shen', 'Du', 'Ye', 'Cheng',
  'Su', 'Yuan', 'Dai', 'Xia', 'Zhong', 'Tian', 'Jia', 'Qian', 'Qin', 'Yao', 'Hao', 'Mao', 'Qiu', 'Duan', 'Hou', 'Meng', 'Lai',
  'Yin', 'Liang', 'Zheng', 'Lu', 'Bai',
])

/**
 * Family names that come last (South Asian and others compromise's lexicon
 * lacks): with a capitalised word before them, a person's name.
 */
export const lastNames: ReadonlySet<string> = new Set([
  'Shah', 'Gupta', 'Mehta', 'Reddy', 'Rao', 'Iyer', 'Nair', 'Menon', 'Pillai', 'Malhotra', 'Khanna', 'Bhatt', 'Joshi', 'Desai',
  'Jain', 'Verma', 'Mishra', 'Pandey', 'Yadav', 'Dutt', 'Kaur', 'Banerjee', 'Mukherjee', 'Chatterjee', 'Bose', 'Sen', 'Agarwal',
  'Saxena', 'Srivastava', 'Tiwari', 'Dubey', 'Chauhan', 'Rathore', 'Thakur', 'Kapoor', 'Khan', 'Kumar', 'Singh', 'Sharma',
  'Chopra', 'Bachchan', 'Padukone', 'Ranaut', 'Kaif', 'Advani', 'Bhatia', 'Dhawan', 'Kohli', 'Johar', 'Akhtar', 'Roshan',
  'Devgn', 'Kashyap', 'Hussain', 'Qureshi', 'Siddiqui', 'Ahmed', 'Rahman', 'Chowdhury', 'Haque', 'Nawaz', 'Bhatti',
])

// Given names that are also English words, which compromise's lexicon tags
// only as words (“Lily”, “Frank”). They count as a given name only before a
// word that is not English (“Lily Collins”, not “Summer Games”).
export const wordGivenNames: ReadonlySet<string> = new Set(
  ['Lily', 'Rose', 'Daisy', 'Ivy', 'Jasmine', 'Violet', 'Holly', 'Olive', 'Hope', 'Faith', 'Joy', 'Ruby', 'Pearl', 'Jade', 'Crystal', 'Summer', 'Autumn', 'April', 'June', 'Dawn', 'Iris', 'Poppy', 'Hazel', 'Penny', 'Ginger', 'Melody', 'Destiny', 'Sunny', 'Eve', 'Kit', 'Bill', 'Frank', 'Will', 'Ray', 'Dean', 'Guy', 'Cliff', 'Hunter', 'Mason', 'Carter', 'Miles', 'Lane', 'Rusty', 'Sandy', 'Max', 'Herb', 'Gene', 'Rocky', 'Rex', 'Sonny', 'Christian', 'Reed'],
)

/**
 * Performers known by one name, who no name shape reveals: K-pop idols,
 * singers, rappers, Indian film stars. Names that are also common English
 * words (Rain, Joy, Moon, Pink, Prince, Sting) are left out.
 */
export const personNames: readonly string[] = [
  // Korean
  'IU', 'Jennie', 'Jisoo', 'Rosé', 'Taeyeon', 'YoonA', 'Yoona', 'Tiffany', 'Seohyun', 'Sooyoung', 'Yuri', 'Hyoyeon',
  'G-Dragon', 'GD', 'Taeyang', 'Daesung', 'Seungri', 'Jungkook', 'Jimin', 'Suga', 'J-Hope', 'Taehyung', 'Baekhyun',
  'Chanyeol', 'Kai', 'Sehun', 'Suho', 'Xiumin', 'Taemin', 'Minho', 'Onew', 'Hwasa', 'Moonbyul', 'Wheein', 'Jessi', 'HyunA',
  'Hyuna', 'Chungha', 'Sunmi', 'BoA', 'Heechul', 'Yesung', 'Eunhyuk', 'Donghae', 'Siwon', 'Kyuhyun', 'Irene', 'Seulgi',
  'Wendy', 'Yeri', 'Nayeon', 'Jeongyeon', 'Momo', 'Sana', 'Jihyo', 'Dahyun', 'Chaeyoung', 'Tzuyu', 'Karina', 'Giselle',
  'Ningning', 'Wonyoung', 'Yujin', 'Minji', 'Hanni', 'Haerin', 'Hyein', 'Hyunjin', 'Felix', 'Zico', 'Psy', 'PSY', 'Jackson Wang',
  'Hanbin', 'Eunwoo', 'Cha Eun-woo', 'Jaehyun', 'Taeyong', 'Doyoung', 'Yeonjun', 'Soobin', 'Beomgyu', 'Huening Kai', 'Jay B',
  'Sakura', 'Chaewon', 'Kazuha', 'Yunjin', 'Soyeon', 'Miyeon', 'Minnie', 'Yuqi', 'Shuhua', 'Ravi', 'Hongjoong',
  // Western
  'Beyoncé', 'Beyonce', 'Rihanna', 'Adele', 'Madonna', 'Drake', 'Shakira', 'Zendaya', 'Cher', 'Eminem', 'Lizzo', 'Bono',
  'Lorde', 'Halsey', 'SZA', 'Yungblud', 'Grimes', 'Banksy', 'Oprah', 'Rosalía', 'Maluma', 'Anitta', 'Ozuna', 'Skrillex',
  'Marshmello', 'Tiësto', 'Avicii', 'Kygo', 'Diplo', 'Stormzy', 'Hozier', 'Björk', 'Akon', 'Ludacris', 'Usher', 'Sia',
  'Lady Gaga', 'Doja Cat', 'Bad Bunny', 'Lil Nas X', 'Cardi B', 'Nicki Minaj', 'Post Malone', 'The Weeknd', 'Kanye',
  'Pelé', 'Neymar', 'Ronaldinho', 'MrBeast', 'Pokimane',
  // Indian
  'Nayanthara', 'Atlee', 'Kajol', 'Rekha', 'Govinda', 'Prabhas', 'Dhanush', 'Suriya', 'Karthi', 'Mohanlal', 'Mammootty',
  'Rajinikanth', 'Chiranjeevi', 'Trisha', 'Samantha', 'Yash', 'Nani', 'Asin', 'Tabu', 'Raveena',
]

/**
 * Titles famous enough to be named without quotes or a “the series” before
 * them: long-running TV, K-dramas and variety shows, anime and manga, film
 * franchises, Indian hits and video games. Titles that are also common words
 * or a character's name (Friends, Lost, Dark, Moving, Joker, Batman) are
 * left out: context finds those. A number or a subtitle after a title here
 * is part of it (“Splatoon 3”, “Metal Gear Solid: Rising”).
 */
export const showNames: readonly string[] = [
  // Television
  'Game of Thrones', 'House of the Dragon', 'The Walking Dead', 'Fear the Walking Dead', "Grey's Anatomy", 'Grey’s Anatomy',
  'Modern Family', 'Breaking Bad', 'Better Call Saul', 'Stranger Things', 'The Crown', 'The Witcher', 'Bridgerton',
  'The Mandalorian', 'The Last of Us', 'Succession', 'Only Murders in the Building', 'Ted Lasso', 'Severance', 'Yellowstone',
  'The White Lotus', 'Euphoria', 'Seinfeld', 'The Simpsons', 'Family Guy', 'South Park', 'Rick and Morty', 'BoJack Horseman',
  'Orange Is the New Black', 'Orange is the New Black', 'House of Cards', 'Narcos', 'Ozark', 'Money Heist', 'La Casa de Papel',
  'The Umbrella Academy', 'Sex Education', 'Emily in Paris', 'Never Have I Ever', 'Cobra Kai', 'Shadow and Bone', 'The Sandman',
  'Peaky Blinders', 'Doctor Who', 'Downton Abbey', 'Killing Eve', 'Fleabag', 'The Great British Bake Off', 'Strictly Come Dancing',
  'Love Island', "I'm a Celebrity", 'I’m a Celebrity', "Britain's Got Talent", 'Britain’s Got Talent', "America's Got Talent",
  'America’s Got Talent', 'American Idol', 'The Bachelor', 'The Bachelorette', 'Saturday Night Live', 'The Tonight Show',
  'Jimmy Kimmel Live', 'The Daily Show', 'Shark Tank', 'Dancing with the Stars', 'The Masked Singer',
  'Keeping Up with the Kardashians', 'The Kardashians', 'Selling Sunset', 'Love Is Blind', 'Love is Blind', 'Too Hot to Handle',
  'Gossip Girl', 'The Rings of Power', 'Grace and Frankie', 'Grace & Frankie', 'The Good Place', 'Parks and Recreation',
  'Brooklyn Nine-Nine', 'The Big Bang Theory', 'How I Met Your Mother', 'The Sopranos', 'The Wire', 'Mad Men', 'True Detective',
  'Westworld', 'Black Mirror', 'The Handmaid’s Tale', "The Handmaid's Tale", 'Outlander', 'Supernatural',
  'Riverdale', 'Glee', 'Lucifer', 'Dexter', 'Homeland', 'Criminal Minds', 'NCIS', 'Law & Order', 'Chicago Fire',
  'How to Get Away with Murder', 'This Is Us', 'The Morning Show', 'Squid Game', 'Physical: 100',
  "Single's Inferno", 'Single’s Inferno',
  // Korean dramas and variety
  'The Glory', 'Crash Landing on You', 'Extraordinary Attorney Woo', 'Hometown Cha-Cha-Cha', 'Vincenzo', 'Descendants of the Sun',
  'Itaewon Class', 'Sweet Home', 'All of Us Are Dead', 'Hellbound', 'Queen of Tears', 'Reply 1988', 'SKY Castle', 'Sky Castle',
  'Hospital Playlist', 'True Beauty', 'Business Proposal', 'Twenty-Five Twenty-One', 'The Uncanny Counter', 'Mr. Sunshine',
  'Boys Over Flowers', 'Running Man', 'Knowing Bros', 'I Live Alone', 'Produce 101', 'Show Me the Money',
  'Mask Girl', 'Alchemy of Souls', 'Lovely Runner', 'Marry My Husband', 'Gyeongseong Creature',
  'Moon Lovers: Scarlet Heart Ryeo', 'Mr. Queen', 'Hotel del Luna',
  'My Mister', 'Reborn Rich', 'Welcome to Samdal-ri',
  // Anime and manga
  'One Piece', 'Naruto', 'Boruto', 'Dragon Ball', 'Dragon Ball Z', 'Dragon Ball Super', 'Attack on Titan', 'Demon Slayer',
  'Jujutsu Kaisen', 'My Hero Academia', 'Chainsaw Man', 'Spy x Family', 'Death Note', 'Fullmetal Alchemist', 'Hunter x Hunter',
  'Sailor Moon', 'Yu-Gi-Oh!', 'Tokyo Ghoul', 'Tokyo Revengers', 'Haikyu!!', 'Blue Lock', 'Cowboy Bebop', 'Neon Genesis Evangelion',
  'Spirited Away', 'My Neighbor Totoro', 'Princess Mononoke', "Howl's Moving Castle", 'Howl’s Moving Castle', 'Suzume',
  'The Promised Neverland', 'Dr. Stone', 'Beastars', 'Vinland Saga', 'Frieren', 'Oshi no Ko', 'Solo Leveling', 'Mob Psycho 100',
  'One-Punch Man', 'One Punch Man', 'Black Clover', 'Fire Force', 'Sword Art Online', 'Steins;Gate', 'The Rising of the Shield Hero',
  'The Seven Deadly Sins', 'Violet Evergarden', 'Code Geass', "JoJo's Bizarre Adventure", 'JoJo’s Bizarre Adventure',
  'Gintama', 'Detective Conan', 'Doraemon', 'Crayon Shin-chan', 'Kaguya-sama: Love Is War', 'Bleach: Thousand-Year Blood War',
  // Film
  'Star Wars', 'Star Trek', 'Harry Potter', 'The Lord of the Rings', 'The Hobbit', 'Fantastic Beasts', 'The Avengers',
  'Avengers: Endgame', 'Avengers: Infinity War', 'Avengers: Age of Ultron', 'Avengers: Secret Wars', 'Avengers: Doomsday',
  'Iron Man', 'Captain America: Civil War', 'Black Panther', 'Guardians of the Galaxy', 'Ant-Man', 'Shang-Chi', 'Eternals',
  'The Marvels', 'Spider-Man: No Way Home', 'Spider-Man: Homecoming', 'Spider-Man: Far From Home', 'Spider-Man: Across the Spider-Verse',
  'Spider-Man: Into the Spider-Verse', 'The Dark Knight', 'Suicide Squad', 'The Suicide Squad', 'Justice League', 'Man of Steel',
  'Batman v Superman', 'Batman v Superman: Dawn of Justice', 'Jurassic Park', 'Jurassic World', 'Fast & Furious',
  'The Fast and the Furious', 'Mission: Impossible', 'No Time to Die', 'Skyfall', 'Top Gun', 'Top Gun: Maverick', 'Titanic',
  'The Matrix', 'Pirates of the Caribbean', 'Transformers', 'The Godfather', 'Toy Story', 'Finding Nemo', 'The Lion King',
  'Interstellar', 'Inception', 'Everything Everywhere All at Once', 'Home Alone', 'Back to the Future', 'Ghostbusters',
  'The Hunger Games', 'The Conjuring', 'A Quiet Place', 'The Exorcist', 'Minions', 'Despicable Me', 'Kung Fu Panda',
  'How to Train Your Dragon', 'The Super Mario Bros. Movie', 'Sonic the Hedgehog', 'Zootopia', 'Moana', 'Encanto', 'Mean Girls',
  'Pitch Perfect',
  'Inside Out 2', 'Frozen II', 'Frozen 2', 'Deadpool & Wolverine', 'Deadpool 2', 'Venom: The Last Dance',
  'Aquaman and the Lost Kingdom', 'Wonder Woman 1984', 'The Batman', 'Joker: Folie à Deux',
  // Indian film and television
  'Baahubali', 'Baahubali 2', 'RRR', 'KGF', 'K.G.F', 'Dangal', 'Pushpa', 'Pushpa 2', 'Sholay', 'Lagaan',
  '3 Idiots', 'Dilwale Dulhania Le Jayenge', 'Bigg Boss', 'Kaun Banega Crorepati', 'Sacred Games', 'Mirzapur', 'The Family Man',
  'Panchayat', 'Scam 1992', 'Gadar 2', 'Tiger 3', 'Stree 2', 'Kalki 2898 AD',
  // Video games
  'Fortnite', 'Minecraft', 'Grand Theft Auto', 'Grand Theft Auto V', 'Grand Theft Auto VI', 'GTA 5', 'GTA V', 'GTA 6', 'GTA VI',
  'Red Dead Redemption', 'Red Dead Redemption 2', 'Call of Duty', 'The Legend of Zelda', 'Breath of the Wild', 'Tears of the Kingdom',
  'Super Mario', 'Mario Kart', 'Super Smash Bros.', 'Animal Crossing', 'Pokémon Go',
  'Pokemon Go', 'Splatoon', 'Metroid', 'Metroid Prime', 'Elden Ring', 'Dark Souls', 'The Witcher 3',
  'Cyberpunk 2077', 'Resident Evil', 'Final Fantasy', 'Kingdom Hearts', 'League of Legends', 'Valorant', 'Overwatch', 'Overwatch 2',
  'Apex Legends', 'Genshin Impact', 'World of Warcraft', 'Counter-Strike', 'Dota 2', 'The Sims', "Assassin's Creed", 'Assassin’s Creed',
  'God of War', 'Uncharted', "Baldur's Gate 3", 'Baldur’s Gate 3', 'Hogwarts Legacy', 'Street Fighter', 'Mortal Kombat', 'Tekken',
  'Metal Gear Solid', 'Starfield', 'Diablo IV', 'Persona 5', 'Death Stranding', 'Ghost of Tsushima',
]
