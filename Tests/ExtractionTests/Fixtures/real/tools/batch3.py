from goldlib import *

write("r31_kazakhstan_uzbekistan_astana", "2016-11-24",
  [P("Saken Zhassuzakov", ["General Colonel Saken Zhassuzakov"], "Kazakhstan", [T("Defense Minister", None, ["RoK Defense Minister", "Kazakhstan Defense Minister", "Minister"])], id="saken-zhasuzakov"),
   P("Farkhod Shermatov", ["Colonel Farkhod Shermatov"], "Uzbekistan", [T("Head of the Central Department", "Defense Ministry", ["Head of the Central Department of the Defense Ministry of Uzbekistan"])], id="farkhod-shermatov")],
  [O("Kazinform", ["KAZINFORM"], "Kazakhstan", id="kazinform"), O("Defense Ministry", ["Ministry of Defence"], "Uzbekistan", optional=True)],
  ["Kazakhstan", "Uzbekistan"],
  [E("Meeting", ["Saken Zhassuzakov", "Farkhod Shermatov"], "2016-11-24", location="Astana")],
  places=["Astana"], notes="'In Astana ... met' with the page date only: the publication day.")

write("r32_kyrgyzstan_uzbekistan_visit", None,
  [P("Baktybek Bekbolotov", [], "Kyrgyzstan", [T("Minister of Defense", None, ["Minister of Defense of Kyrgyzstan"])], id="baktybek-bekbolotov"),
   P("Bakhodir Kurbanov", [], "Uzbekistan", [T("Minister of Defense", None, [], optional=True)], id="bakhodir-kurbanov")],
  [],
  ["Kyrgyzstan", "Uzbekistan"],
  [E("Visit", ["Baktybek Bekbolotov"], None, location="Uzbekistan", optional=True),
   E("Meeting", ["Baktybek Bekbolotov", "Bakhodir Kurbanov"], None)],
  notes="A feed teaser cut with '...'.")

write("r33_uzbekistan_kazakhstan_president", "2017-08-17",
  [P("Shavkat Mirziyoyev", ["Mirziyoyev", "President Mirziyoyev"], "Uzbekistan", [T("President", None, ["Uzbekistan's President"])], id="shavkat-mirziyoyev"),
   P("Saken Zhasuzakov", ["Zhasuzakov"], "Kazakhstan", [T("Defense Minister", None, ["Defense Minister of Kazakhstan"])], id="saken-zhasuzakov"),
   P("Nursultan Nazarbayev", [], "Kazakhstan", [T("President", None, ["Kazakh President"])], id="nursultan-nazarbayev"),
   P("Demir Azizov", [], "Azerbaijan", optional=True)],
  [O("Trend", ["Trend News Agency"], "Azerbaijan", id="trend"), O("Uzbek Defense Ministry", ["Defense Ministry"], "Uzbekistan", optional=True)],
  ["Uzbekistan", "Kazakhstan"],
  [E("Meeting", ["Shavkat Mirziyoyev", "Saken Zhasuzakov"], "2017-08-17", location="Tashkent"),
   E("Visit", ["Saken Zhasuzakov"], None, location="Tashkent", optional=True)],
  places=["Tashkent"], notes="'today' = the dateline day Aug. 17 (2017 from the page date).")

write("r34_southcom_colombia_brazil", "2022-09-12",
  [P("Laura Richardson", ["Richardson", "Gen. Laura Richardson"], "United States", [T("commander", "U.S. Southern Command", ["Commander", "SOUTHCOM Commander", "commander of U.S. Southern Command"])], id="laura-richardson"),
   P("Jean Manes", ["Amb. Jean Manes"], "United States", [T("Civilian Deputy to the Commander", "U.S. Southern Command", [])], id="jean-manes"),
   P("Iván Velásquez", [], "Colombia", [T("Minister of Defense", None, [])], id="ivan-velasquez"),
   P("Helder Giraldo", ["Gen. Helder Giraldo"], "Colombia", [T("General Commander", "Colombian Military Forces", ["General Commander of the Colombian Military Forces", "Commander"])], id="helder-giraldo")],
  [O("U.S. Southern Command", ["SOUTHCOM", "U.S. Southern Command Public Affairs"], "United States", id="southcom"),
   O("U.S. Department of Defense", ["Department of Defense"], "United States", optional=True), O("Colombian Military Forces", [], "Colombia", id="colombian-military-forces"), O("U.S. Army", [], "United States", optional=True)],
  ["United States", "Colombia", "Brazil"],
  [E("Visit", ["Laura Richardson"], None, location="Colombia", optional=True, also=["Jean Manes"]),
   E("Meeting", ["Laura Richardson", "Iván Velásquez"], "2022-09-05", location="Bogotá", also=["Jean Manes"]),
   E("Meeting", ["Laura Richardson", "Helder Giraldo"], None, ["2022-09-05"], also=["Jean Manes"])],
  places=["Bogotá", "Miami"], notes="Page boilerplate of a government site; the page date (Sept. 12) and the release date (Sept. 9) differ.")

write("r35_colombia_southcom_holsey", "2025-04-29",
  [P("Pedro Sánchez", [], "Colombia", [T("Minister of Defense", None, ["Colombia's Minister of Defense"])], id="pedro-sanchez-co"),
   P("Alvin Holsey", ["Adm. Alvin Holsey"], "United States", [T("commander", "U.S. Southern Command", ["SOUTHCOM commander", "Commander"])], id="alvin-holsey")],
  [O("U.S. Southern Command", ["SOUTHCOM"], "United States", id="southcom"), O("U.S. Navy", [], "United States", optional=True)],
  ["Colombia", "United States"],
  [E("Talks", ["Pedro Sánchez", "Alvin Holsey"], "2025-05-05", location="U.S. Southern Command", evidence="held discussions with"),
   E("Visit", ["Pedro Sánchez"], "2025-05-05", optional=True)],
  notes="The page's date (April 29) is before the event's (May 5), as published.")

write("r36_us_colombia_mattis_bogota", "2018-08-18",
  [P("James N. Mattis", ["Mattis"], "United States", [T("Defense Secretary", "Department of Defense", ["Secretary of Defense", "secretary"])], id="james-mattis"),
   P("Guillermo Botero", [], "Colombia", [T("Defense Minister", None, ["Colombia's defense minister"])], id="guillermo-botero"),
   P("Dana W. White", ["White"], "United States", [T("chief Pentagon spokesperson", "Department of Defense", ["Spokesperson", "Pentagon spokesperson"])], id="dana-white")],
  [O("Pentagon", ["Department of Defense"], "United States", id="us-dod", optional=True)],
  ["United States", "Colombia", C("Venezuela", optional=True), C("Nicaragua", optional=True)],
  [E("Meeting", ["James N. Mattis", "Guillermo Botero"], "2018-08-17", location="Bogota")],
  [Q("Dana W. White", "The leaders discussed a broad range of defense issues,")],
  places=["Bogota", "Washington"])

write("r37_colombia_southcom_kelly", "2012-12-20",
  [P("Juan Carlos Pinzón", ["Pinzón", "Minister Pinzón"], "Colombia", [T("Minister of National Defense", None, ["Colombian Minister of National Defense"])], id="juan-carlos-pinzon"),
   P("John F. Kelly", ["Kelly", "Gen. Kelly", "General John F. Kelly"], "United States", [T("Commander", "U.S. Southern Command", ["Commander of the U.S. Southern Command", "SOUTHCOM Commander"])], id="john-kelly")],
  [O("U.S. Southern Command", ["SOUTHCOM"], "United States", id="southcom"), O("Dialogo", [], None, optional=True)],
  ["Colombia", "United States"],
  [E("Meeting", ["Juan Carlos Pinzón", "John F. Kelly"], "2012-12-17"),
   E("Visit", ["John F. Kelly"], "2012-12-17", location="Colombia", optional=True)],
  [Q("John F. Kelly", "Colombia has proven to be an important partner, committed to the security of the Western Hemisphere,")],
  notes="The headline is repeated.")

write("r38_oman_qatar_talks_session", "2019-09-29",
  [P("Badr bin Saud bin Harib al Busaidi", ["Sayyid Badr bin Saud bin Harib al Busaidi"], "Oman", [T("Minister Responsible for Foreign Affairs", None, [])], id="badr-al-busaidi"),
   P("Khalid bin Mohammed al Attiyah", ["Dr Khalid bin Mohammed al Attiyah", "Khalid bin Mohammed Al Attiyah"], "Qatar", [T("Deputy Prime Minister", None, []), T("Minister of State for Defence Affairs", None, [])], id="khalid-al-attiyah"),
   P("Ahmed bin Harith al Nabhani", [], "Oman", [T("Chief of Staff", "Sultan's Armed Forces", ["Chief of Staff of the Sultan's Armed Forces"])], id="ahmed-al-nabhani"),
   P("Abdullah bin Khamis al Raeesi", ["Abdullah bin Khamis Al Raisi"], "Oman", [T("Commander", "Royal Navy of Oman", ["Commander of the Royal Navy of Oman"])], id="abdullah-al-raeesi")],
  [O("Ministry of defence", ["Ministry of Defence"], "Oman", id="oman-mod"), O("Sultan's Armed Forces", ["SAF"], "Oman", id="saf"),
   O("Royal Navy of Oman", ["RNO"], "Oman", id="rno"), O("ONA", ["Oman News Agency"], "Oman", id="ona")],
  ["Oman", "Qatar"],
  [E("Talks", ["Badr bin Saud bin Harib al Busaidi", "Khalid bin Mohammed al Attiyah"], "2019-09-29", location="Bait Al Falaj",
     also=["Ahmed bin Harith al Nabhani", "Abdullah bin Khamis al Raeesi"], evidence="a session of talks ... chaired by")],
  places=["Muscat", "Bait Al Falaj"], notes="The sides are given as who chaired them. Sunday = the publication day.")

write("r39_qatar_iraq_doha", "2024-11-07",
  [P("Khalid bin Mohammed Al Attiyah", [], "Qatar", [T("Deputy Prime Minister", None, []), T("Minister of State for Defence Affairs", None, [])], id="khalid-al-attiyah"),
   P("Thabet Muhammad Saeed Al Abbasi", [], "Iraq", [T("Defence Minister", None, ["defence counterpart"], optional=True)], id="thabet-al-abbasi")],
  [],
  ["Qatar", "Iraq"],
  [E("Meeting", ["Khalid bin Mohammed Al Attiyah", "Thabet Muhammad Saeed Al Abbasi"], "2024-11-06", ["2024-11-07"], location="Doha")],
  places=["Doha", "Baghdad"], notes="'on Wednesday' dates the discussions (the meeting).")

write("r40_iraq_nato_mission", None,
  [P("Abdul Amir Rashid Yarallah", [], "Iraq", [T("Chief of Staff", "Iraqi Army", ["Chief of Staff of the Iraqi Army"])], id="abdul-amir-yarallah"),
   P("Lucas Schweizer", [], None, [T("Commander", "NATO Mission in Iraq", ["Commander of the NATO Mission in Iraq"])], id="lucas-schweizer")],
  [O("NATO", [], None, id="nato"), O("NATO Mission in Iraq", [], None, optional=True), O("Qatar News Agency", [], "Qatar", id="qna"),
   O("Iraqi Ministry of Defense", ["Ministry of Defense"], "Iraq", id="iraq-mod"), O("Iraqi Army", [], "Iraq", optional=True)],
  ["Iraq", C("Qatar", optional=True)],
  [E("Meeting", ["Abdul Amir Rashid Yarallah", "Lucas Schweizer"], None, evidence="A and B discussed")],
  places=["Baghdad"], notes="The meeting is told only as 'A and B discussed'.")

write("r41_iran_oman_baqeri", None,
  [P("Mohammad Hossein Baqeri", ["Baqeri", "Major General Baqeri"], "Iran", [T("Chief of Staff", "Iranian Armed Forces", ["Chief of Staff of the Iranian Armed Forces"])], id="mohammad-bagheri"),
   P("Abdullah bin Khamis Al Raisi", [], "Oman", [T("Chief of Staff", "Sultan's Armed Forces", ["Chief of Staff of the Sultan's Armed Forces"])], id="abdullah-al-raeesi")],
  [O("Iranian Armed Forces", ["Armed Forces"], "Iran", optional=True), O("Sultan's Armed Forces", [], "Oman", id="saf")],
  ["Iran", "Oman"],
  [E("Visit", ["Mohammad Hossein Baqeri"], None, location="Oman", optional=True)],
  [Q("Mohammad Hossein Baqeri", "I’m going to hold meetings with the commanders of armed forces and political officials of Oman in the visit,")],
  places=["Muscat"], notes="An arrival at someone's invitation is not a meeting; the meetings are planned.")

write("r42_japan_us_korea_trilateral", None,
  [P("Minoru Kihara", ["Kihara"], "Japan", [T("Defence Minister", None, ["Japanese Defence Minister"])], id="minoru-kihara"),
   P("Lloyd Austin", ["Austin"], "United States", [T("Defence Secretary", None, ["US Defence Secretary"])], id="lloyd-austin"),
   P("Shin Won Sik", ["Shin", "Shin Won-sik"], "South Korea", [T("Defence Minister", None, [], optional=True)], id="shin-won-sik"),
   P("Richard Marles", [], "Australia", [T("Defence Minister", None, [], optional=True)], id="richard-marles")],
  [],
  ["Japan", "United States", "South Korea", "Australia"],
  [E("Talks", ["Minoru Kihara", "Lloyd Austin", "Shin Won Sik"], None, evidence="talks ... were attended by"),
   E("Meeting", ["Minoru Kihara", "Lloyd Austin"], None),
   E("Talks", ["Minoru Kihara", "Shin Won Sik", "Richard Marles"], None)],
  places=["Tokyo", "Seoul", "Indo-Pacific"])

write("r43_korea_japan_australia_shangrila", "2025-06-01",
  [P("Cho Chang-rae", ["Cho"], "South Korea", [T("Deputy defense minister for policy", None, ["Deputy Defense Minister"])], id="cho-chang-rae"),
   P("Taro Yamato", ["Yamato"], "Japan", [T("director general for defense policy", None, ["Director General"])], id="taro-yamato"),
   P("Hugh Jeffrey", [], "Australia", [T("deputy secretary of strategy, policy and industry", None, ["Deputy Secretary"])], id="hugh-jeffrey"),
   P("Kim Seon-ho", [], "South Korea", [T("acting Defense Minister", None, ["Defense Minister"])], id="kim-seon-ho"),
   P("Pawel Zalewski", [], "Poland", [T("deputy defense minister", None, ["Deputy Defense Minister"])], id="pawel-zalewski")],
  [O("Azernews", [], "Azerbaijan", optional=True), O("Yonhap", ["Yonhap News Agency"], "South Korea", id="yonhap"), O("Shangri-La Dialogue", [], None, optional=True)],
  ["South Korea", "Japan", "Australia", "Poland", "Singapore"],
  [E("Talks", ["Cho Chang-rae", "Taro Yamato", "Hugh Jeffrey"], "2025-06-01", location="Singapore"),
   E("Talks", ["Cho Chang-rae", "Pawel Zalewski"], "2025-05-31")],
  places=["Singapore"], notes="The Polish talks' parties: 'In talks with X ..., both sides' (Cho from the earlier sentences).")

write("r44_korea_australia_canberra", "2024-04-29",
  [P("Cho Tae-yul", [], "South Korea", [T("Foreign Minister", None, ["South Korean Foreign Minister"])], id="cho-tae-yul"),
   P("Shin Won-sik", [], "South Korea", [T("Defense Minister", None, ["South Korean Defense Minister"])], id="shin-won-sik"),
   P("Anthony Albanese", ["Albanese"], "Australia", [T("Prime Minister", None, ["Australian Prime Minister"])], id="anthony-albanese"),
   P("Penny Wong", [], "Australia", [T("Foreign Minister", None, ["Australian Foreign Minister"])], id="penny-wong")],
  [O("Yonhap", ["Yonhap News Agency"], "South Korea", id="yonhap")],
  ["South Korea", "Australia"],
  [E("Meeting", ["Cho Tae-yul", "Shin Won-sik", "Anthony Albanese", "Penny Wong"], "2024-04-29", location="Canberra")],
  [Q("Anthony Albanese", "South Korea is a crucial regional partner for Australia,")],
  places=["Canberra"], notes="A four-party meeting: all six pairs.")

write("r45_australia_korea_japan_marles", None,
  [P("Richard Marles", ["Marles", "Mr Marles"], "Australia", [T("Defence Minister", None, [])], id="richard-marles"),
   P("Minoru Kihara", [], "Japan", [T("Defence Minister", None, [], optional=True)], id="minoru-kihara"),
   P("Shin Won-sik", [], "South Korea", [T("Defence Minister", None, ["South Korean Defence Minister"])], id="shin-won-sik"),
   P("Michael Smith", [], "Australia", [T("North Asia correspondent", None, [], optional=True)], optional=True)],
  [O("AP", ["Associated Press"], "United States", optional=True)],
  ["Australia", "South Korea", "Japan"],
  [E("Meeting", ["Richard Marles", "Minoru Kihara"], None, location="Tokyo", evidence="caption: inspects an honour guard with"),
   E("Meeting", ["Richard Marles", "Shin Won-sik"], None)],
  places=["Tokyo", "Canberra", "Seoul"], notes="The Tokyo meeting is told only in the photo caption. The byline repeats the name, run into the job title.")
