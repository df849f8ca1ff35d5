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
  'Lionsgate', 'A24', 'Legendary', 'Pixar', 'DreamWorks', 'Lucasfilm', 'MGM', 'Toho', 'Studio Ghibli', 'Toei', 'Spotify',
  'iTunes', 'YouTube', 'Instagram', 'Twitter', 'Facebook', 'TikTok', 'Weibo', 'Google', 'Microsoft', 'Xbox', 'PlayStation',
  'Nintendo', 'Rockstar Games', 'Billboard', 'Variety', 'Deadline', 'The Hollywood Reporter', 'IndieWire', 'Rotten Tomatoes',
  'IMDb', 'Nielsen', 'Nielsen Korea', 'Soompi', 'Allkpop', 'Dispatch', 'Wikitree', 'Yonhap', 'Naver', 'Ticketmaster',
  'Live Nation', 'TMZ', 'Page Six', 'People', 'GameSpot', 'IGN', 'Reuters', 'Associated Press', 'AP', 'BTS', 'BLACKPINK',
  'TWICE', 'EXO', 'NCT', 'Stray Kids', 'SEVENTEEN', 'NewJeans', 'Big Bang', 'BIGBANG', 'Girls’ Generation', 'Red Velvet',
  'Box Office Mojo', 'Comscore', 'Times of India', 'KpopStarz', 'Koreaboo', 'Screen Rant', 'Collider', 'Entertainment Weekly',
  // Companies and institutions that news of any kind names.
  'Boeing', 'Airbus', 'Lockheed Martin', 'Northrop Grumman', 'General Motors', 'Ford', 'Chrysler', 'Toyota', 'Honda', 'Hyundai',
  'Volkswagen', 'BMW', 'Tesla', 'Intel', 'IBM', 'Nvidia', 'AMD', 'Meta', 'OpenAI', 'Samsung', 'Huawei', 'Xiaomi', 'Alibaba',
  'Tencent', 'Baidu', 'eBay', 'PayPal', 'Uber', 'Walmart', 'Nike', 'Adidas', 'Coca-Cola', 'PepsiCo', 'Starbucks', 'Goldman Sachs',
  'JPMorgan', 'JPMorgan Chase', 'Morgan Stanley', 'Citigroup', 'Lehman Brothers', 'Federal Reserve', 'NASDAQ', 'Nasdaq', 'NYSE',
  'European Central Bank', 'World Bank', 'IMF', 'United Nations', 'NATO', 'FIFA', 'NASA', 'FBI', 'CIA', 'Pentagon', 'Ryanair',
  'Lufthansa', 'Emirates', 'Qantas', 'Air France', 'British Airways', 'Reddit', 'Twitch', 'Discord', 'Snapchat', 'WhatsApp',
]

export const placeNames: readonly string[] = [
  'South Korea', 'North Korea', 'Korea', 'Japan', 'China', 'Taiwan', 'Hong Kong', 'Thailand', 'Philippines', 'Vietnam',
  'Indonesia', 'Malaysia', 'Singapore', 'India', 'Pakistan', 'United States', 'U.S.', 'US', 'USA', 'America', 'Canada', 'Mexico',
  'Brazil', 'Argentina', 'United Kingdom', 'U.K.', 'UK', 'Britain', 'England', 'Scotland', 'Ireland', 'France', 'Germany',
  'Italy', 'Spain', 'Portugal', 'Netherlands', 'Sweden', 'Norway', 'Denmark', 'Finland', 'Poland', 'Russia', 'Ukraine',
  'Turkey', 'Australia', 'New Zealand', 'Nigeria', 'South Africa', 'Egypt', 'Europe', 'Asia', 'Africa', 'Latin America',
  'North America', 'Seoul', 'Busan', 'Incheon', 'Jeju', 'Tokyo', 'Osaka', 'Kyoto', 'Beijing', 'Shanghai', 'Taipei', 'Bangkok',
  'Manila', 'Jakarta', 'Mumbai', 'Delhi', 'New Delhi', 'Bangalore', 'Chennai', 'Hyderabad', 'Kolkata', 'Lagos', 'London',
  'Paris', 'Berlin', 'Rome', 'Madrid', 'Amsterdam', 'Stockholm', 'Moscow', 'Toronto', 'Vancouver', 'Los Angeles', 'New York',
  'New York City', 'Hollywood', 'Chicago', 'Atlanta', 'Las Vegas', 'San Francisco', 'Miami', 'Boston', 'Washington',
  'Texas', 'California', 'Florida', 'Sydney', 'Melbourne', 'Dubai', 'Cannes', 'Venice', 'Gangnam',
]

/** Common East and South Asian family names: a capitalised run starting with one is a person. */
export const familyNames: ReadonlySet<string> = new Set([
  'Lee', 'Kim', 'Park', 'Choi', 'Jung', 'Jeong', 'Jang', 'Kang', 'Cho', 'Jo', 'Yoon', 'Yun', 'Han', 'Song', 'Shin', 'Oh', 'Seo',
  'Kwon', 'Hwang', 'Ahn', 'Yoo', 'Jeon', 'Moon', 'Son', 'Bae', 'Baek', 'Nam', 'Ryu', 'Im', 'Lim', 'Ha', 'Byun', 'Gong', 'Ji',
  'Joo', 'Cha', 'Go', 'Ko', 'Zhao', 'Wang', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Wu', 'Zhou', 'Xu', 'Sun', 'Zhu', 'Hu',
  'Guo', 'Lin', 'Luo', 'Xiao', 'Yu', 'Tanaka', 'Suzuki', 'Sato', 'Takahashi', 'Watanabe', 'Yamamoto', 'Nakamura', 'Khan',
  'Kapoor', 'Kumar', 'Singh', 'Sharma', 'Chopra', 'Bachchan', 'Padukone', 'Nguyen', 'Tran',
  'Ju', 'Noh', 'Seong', 'Sung', 'Heo', 'Kwak', 'Eom', 'Um', 'Chae', 'Hong', 'Shim', 'Sim', 'Pyo', 'Cheon', 'Yeo', 'Woo', 'Jin', 'Min', 'Do', 'Na',
])
