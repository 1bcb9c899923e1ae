package org.secnews;

import java.io.StringReader;
import org.secnews.gazetteer.Gazetteer;

/** A small hand-written gazetteer for core's tests (core ships no data). */
public final class TestGazetteers {
  private TestGazetteers() {}

  public static final String ENTITIES = String.join("\n",
      "id\ttype\tname\tcountry\tparent\tkind\tgender\taliases\tacronyms\tdemonyms\tcapitals\tsurnames",
      "GB\tCOUNTRY\tUnited Kingdom\t\t\t\t\tBritain|Great Britain\tUK|U.K.\tBritish|Briton|Britons\tLondon\t",
      "RU\tCOUNTRY\tRussia\t\t\t\t\tRussian Federation\t\tRussian|Russians\tMoscow\t",
      "US\tCOUNTRY\tUnited States\t\t\t\t\tAmerica\tUS!|U.S.\tAmerican|Americans\tWashington?\t",
      "UA\tCOUNTRY\tUkraine\t\t\t\t\t\t\tUkrainian|Ukrainians\tKyiv\t",
      "CN\tCOUNTRY\tChina\t\t\t\t\t\t\tChinese\tBeijing\t",
      "IR\tCOUNTRY\tIran\t\t\t\t\t\t\tIranian|Iranians\tTehran\t",
      "NL\tCOUNTRY\tNetherlands\t\t\t\t\tHolland\t\tDutch\tAmsterdam\t",
      "NZ\tCOUNTRY\tNew Zealand\t\t\t\t\t\t\t\tWellington\t",
      "JO\tCOUNTRY\tJordan\t\t\t\t\tJordan?\t\tJordanian\tAmman\t",
      "TD\tCOUNTRY\tChad\t\t\t\t\tChad?\t\tChadian\t\t",
      "HN\tCOUNTRY\tHonduras\t\t\t\t\t\t\tHonduran\tTegucigalpa\t",
      "IE\tCOUNTRY\tIreland\t\t\t\t\t\t\tIrish\tDublin\t",
      "DE\tCOUNTRY\tGermany\t\t\t\t\t\t\tGerman|Germans\tBerlin\t",
      "de/federal-prosecutor\tAGENCY\tFederal Public Prosecutor General\tDE\t\tprosecutor\t\tFederal Prosecutor General\t\t\t\t",
      "peter-frank\tOFFICIAL\tPeter Frank\tDE\t\t\tm\t\t\t\t\t",
      "ua/navy\tAGENCY\tUkrainian Navy\tUA\tua/armed-forces\tmilitary\t\tNavy of Ukraine\t\t\t\t",
      "ru/navy\tAGENCY\tRussian Navy\tRU\tru/armed-forces\tmilitary\t\tNavy of Russia\t\t\t\t",
      "jens-stoltenberg\tOFFICIAL\tJens Stoltenberg\tNO\t\t\tm\t\t\t\t\t",
      "leo-varadkar\tOFFICIAL\tLeo Varadkar\tIE\t\t\tm\t\t\t\t\t",
      "MC\tCOUNTRY\tMonaco\t\t\t\t\t\t\tMonegasque\tMonaco\t",
      "delcy-rodriguez\tOFFICIAL\tDelcy Rodríguez\tVE\t\t\tf\t\t\t\t\t",
      "andres-manuel-lopez-obrador\tOFFICIAL\tAndrés Manuel López Obrador\tMX\t\t\tm\t\t\t\t\tLópez Obrador",
      "tamim-bin-hamad-al-thani\tOFFICIAL\tTamim bin Hamad Al Thani\tQA\t\t\tm\t\t\t\t\tSheikh Tamim",
      "omar-garcia-harfuch\tOFFICIAL\tOmar García Harfuch\tMX\t\t\tm\t\t\t\t\tGarcía Harfuch",
      "anders-fogh-rasmussen\tOFFICIAL\tAnders Fogh Rasmussen\tDK\t\t\tm\t\t\t\t\tFogh Rasmussen",
      "hn/police\tAGENCY\tNational Police of Honduras\tHN\t\tpolice\t\t\t\t\t\t",
      "il/police\tAGENCY\tIsrael Police\tIL\t\tpolice\t\t\t\t\t\t",
      "gb/sis\tAGENCY\tSecret Intelligence Service\tGB\t\tforeign-intelligence\t\t\tMI6|SIS!?\t\t\t",
      "nz/nzsis\tAGENCY\tNew Zealand Security Intelligence Service\tNZ\t\tintelligence\t\t\tNZSIS|SIS!?\t\t\t",
      "gb/gchq\tAGENCY\tGovernment Communications Headquarters\tGB\t\tsignals-intelligence\t\t\tGCHQ\t\t\t",
      "gb/security-service\tAGENCY\tSecurity Service\tGB\t\tdomestic-intelligence\t\t\tMI5\t\t\t",
      "tony-blair\tOFFICIAL\tTony Blair\tGB\t\t\tm\t\t\t\t\t",
      "keir-starmer\tOFFICIAL\tKeir Starmer\tGB\t\t\tm\t\t\t\t\t",
      "anna-starmer\tOFFICIAL\tAnna Starmer\tGB\t\t\tf\t\t\t\t\t",
      "charles-clarke\tOFFICIAL\tCharles Clarke\tGB\t\t\tm\t\t\t\t\t",
      "yvette-cooper\tOFFICIAL\tYvette Cooper\tGB\t\t\tf\t\t\t\t\t",
      "theresa-may\tOFFICIAL\tTheresa May\tGB\t\t\tf\t\t\t\t\t",
      "gb/met-police\tAGENCY\tMetropolitan Police Service\tGB\t\tpolice\t\tScotland Yard|Metropolitan Police\tMet!?\t\t\t",
      "ru/mvd\tAGENCY\tMinistry of Internal Affairs (Russia)\tRU\t\tpolice\t\tRussian police\tMVD\t\t\t",
      "ua/armed-forces\tAGENCY\tArmed Forces of Ukraine\tUA\t\tmilitary\t\tUkrainian Armed Forces\t\t\t\t",
      "ru/armed-forces\tAGENCY\tArmed Forces of the Russian Federation\tRU\t\tmilitary\t\tRussian Armed Forces\t\t\t\t",
      "ua/mvs\tAGENCY\tMinistry of Internal Affairs (Ukraine)\tUA\t\tinterior-ministry\t\t\t\t\t\t",
      "ru/coast-guard\tAGENCY\tCoast Guard of the Federal Security Service\tRU\t\tmilitary\t\tRussian Coast Guard\t\t\t\t",
      "ru/armed-forces\tAGENCY\tArmed Forces of the Russian Federation\tRU\t\tmilitary\t\tRussian Armed Forces|Russian Army\t\t\t\t",
      "us/jcs\tAGENCY\tJoint Chiefs of Staff\tUS\t\tmilitary\t\t\t\t\t\t",
      "ru/jcs\tAGENCY\tJoint Chiefs of Staff (Russia)\tRU\t\tmilitary\t\t\t\t\t\t",
      "cn/jsd\tAGENCY\tJoint Staff Department\tCN\t\tmilitary\t\tJoint Chiefs of Staff (China)\t\t\t\t",
      "gb/downing-street\tAGENCY\tDowning Street\tGB\t\tgovernment\t\tNo 10|Number 10\t\t\t\t",
      "us/cia\tAGENCY\tCentral Intelligence Agency\tUS\t\tforeign-intelligence\t\t\tCIA\t\t\t",
      "ru/kremlin\tAGENCY\tKremlin\tRU\t\tgovernment\t\t\t\t\t\t",
      "ru/mfa\tAGENCY\tMinistry of Foreign Affairs of the Russian Federation\tRU\t\tforeign-ministry\t\tRussian Foreign Ministry\t\t\t\t",
      "nl/mfa\tAGENCY\tMinistry of Foreign Affairs (Netherlands)\tNL\t\tforeign-ministry\t\tDutch Foreign Ministry\t\t\t\t",
      "int/nato\tAGENCY\tNorth Atlantic Treaty Organization\t\t\tinternational\t\t\tNATO\t\t\t",
      "richard-moore\tOFFICIAL\tRichard Moore\tGB\t\t\tm\tSir Richard Moore\t\t\t\t",
      "peter-goldsmith\tOFFICIAL\tPeter Goldsmith\tGB\t\t\tm\tLord Goldsmith\t\t\t\t",
      "michael-walker\tOFFICIAL\tMichael Walker\tGB\t\t\tm\tLord Walker of Aldringham\t\t\t\t",
      "jake-sullivan\tOFFICIAL\tJake Sullivan\tUS\t\t\tm\t\t\t\t\t",
      "abdel-fattah-al-burhan\tOFFICIAL\tAbdel Fattah al-Burhan\tSD\t\t\tm\t\t\t\t\t",
      "adil-abdul-mahdi\tOFFICIAL\tAdil Abdul-Mahdi\tIQ\t\t\tm\tAdel Abdul Mahdi\t\t\t\tAbdul-Mahdi",
      "ken-mccallum\tOFFICIAL\tKen McCallum\tGB\t\t\tm\t\t\t\t\t",
      "vladimir-putin\tOFFICIAL\tVladimir Putin\tRU\t\t\tm\tPutin|Poutine\t\t\t\t",
      "catherine-de-bolle\tOFFICIAL\tCatherine De Bolle\t\t\t\tf\t\t\t\t\tDe Bolle",
      "ank-bijleveld\tOFFICIAL\tAnk Bijleveld\tNL\t\t\tf\t\t\t\t\t",
      "ru/prosecutor-general\tAGENCY\tProsecutor General's Office of Russia\tRU\t\tprosecutor\t\tRussian Prosecutor General's Office\t\t\t\t",
      "ru/investigative-committee\tAGENCY\tInvestigative Committee of Russia\tRU\t\tpolice\t\t\t\t\t\t",
      "AZ\tCOUNTRY\tAzerbaijan\t\t\t\t\t\t\tAzerbaijani\tBaku\t",
      "gb/mod\tAGENCY\tMinistry of Defence (United Kingdom)\tGB\t\tdefence-ministry\t\tBritish Ministry of Defence\tMoD\t\t\t",
      "az/mod\tAGENCY\tMinistry of Defence (Azerbaijan)\tAZ\t\tdefence-ministry\t\tAzerbaijani Ministry of Defence\t\t\t\t",
      "int/iaea\tAGENCY\tInternational Atomic Energy Agency\t\t\tinternational\t\t\tIAEA\t\t\t",
      "huang-xia\tOFFICIAL\tHuang Xia\tCN\t\t\tm\t\t\t\t\tHuang",
      "recep-tayyip-erdogan\tOFFICIAL\tRecep Tayyip Erdogan\tTR\t\t\tm\t\t\t\t\t",
      "group/islamic-state\tGROUP\tIslamic State\t\t\t\t\t\tISIS|IS!?\t\t\t",
      "group/al-qaeda\tGROUP\tal-Qaeda\t\t\t\t\tal-Qaida\tAQ!?\t\t\t",
      "group/wagner\tGROUP\tWagner Group\tRU\t\t\t\tWagner?\t\t\t\t",
      "PK\tCOUNTRY\tPakistan\t\t\t\t\t\t\tPakistani\tIslamabad\t",
      "IL\tCOUNTRY\tIsrael\t\t\t\t\t\t\tIsraeli\tJerusalem?\t",
      "YE\tCOUNTRY\tYemen\t\t\t\t\t\t\tYemeni\tSanaa\t",
      "group/aqap\tGROUP\tal-Qaeda in the Arabian Peninsula\tYE\tgroup/al-qaeda\t\t\t\tAQAP\t\t\t",
      "NP\tCOUNTRY\tNepal\t\t\t\t\t\t\tNepali|Nepalese\tKathmandu\t",
      "np/army\tAGENCY\tNepali Army\tNP\t\tmilitary\t\tNepal Army\t\t\t\t",
      "il/idf\tAGENCY\tIsrael Defense Forces\tIL\t\tmilitary\t\t\tIDF\t\t\t",
      "SY\tCOUNTRY\tSyria\t\t\t\t\t\t\tSyrian\tDamascus\t",
      "sy/presidency\tAGENCY\tSyrian Presidency\tSY\t\tgovernment\t\tSyrian presidency\t\t\t\t",
      "ir/mois\tAGENCY\tMinistry of Intelligence (Iran)\tIR\t\tintelligence\t\t\tMOIS\t\t\t",
      "eyal-zamir\tOFFICIAL\tEyal Zamir\tIL\t\t\tm\t\t\t\t\t",
      "mahmoud-alavi\tOFFICIAL\tMahmoud Alavi\tIR\t\t\tm\t\t\t\t\t",
      "group/bla\tGROUP\tBalochistan Liberation Army\tPK\t\t\t\t\tBLA\t\t\t",
      "group/eln\tGROUP\tNational Liberation Army\tCO\t\t\t\t\tELN\t\t\t",
      "group/tpnpb\tGROUP\tWest Papua National Liberation Army\tID\t\t\t\t\tTPNPB\t\t\t",
      "group/isis-k\tGROUP\tIslamic State Khorasan Province\tAF\t\t\t\tIS-Khorasan\tIS-K|ISKP\t\t\t",
      "danny-levy\tOFFICIAL\tDanny Levy\tIL\t\t\tm\t\t\t\t\t",
      "joe-biden\tOFFICIAL\tJoe Biden\tUS\t\t\tm\t\t\t\t\t",
      "antony-blinken\tOFFICIAL\tAntony Blinken\tUS\t\t\tm\t\t\t\t\t",
      "dmitry-peskov\tOFFICIAL\tDmitry Peskov\tRU\t\t\tm\t\t\t\t\t",
      "ahmet-davutoglu\tOFFICIAL\tAhmet Davutoğlu\tTR\t\t\tm\t\t\t\t\t",
      "FI\tCOUNTRY\tFinland\t\t\t\t\t\t\tFinnish\tHelsinki\t",
      "ph/nbi\tAGENCY\tNational Bureau of Investigation (Philippines)\tPH\t\tpolice\t\t\tNBI\t\t\t",
      "fi/nbi\tAGENCY\tNational Bureau of Investigation (Finland)\tFI\t\tpolice\t\t\tKRP\t\t\t",
      "us/tsa\tAGENCY\tTransportation Security Administration\tUS\t\tsecurity\t\t\tTSA\t\t\t",
      "");

  public static final String POSTS = String.join("\n",
      "person\tpost\torg\tfrom\tto\tnote",
      "richard-moore\thead\tgb/sis\t2020-10\t2025-09\t",
      "ken-mccallum\thead\tgb/security-service\t2020-04\t\t",
      "huang-xia\tspecial-envoy\tint/nato\t2019-04\t\t",
      "vladimir-putin\tpresident\tRU\t2012-05\t\t",
      "tony-blair\tprime-minister\tGB\t1997-05\t2007-06\t",
      "jake-sullivan\tnational-security-adviser\tUS\t2021-01\t2025-01\t",
      "antony-blinken\tforeign-minister\tUS\t2021-01\t2025-01\t",
      "abdel-fattah-al-burhan\tpresident\tSD\t2019-08\t\t",
      "keir-starmer\tprime-minister\tGB\t2024-07\t\t",
      "anna-starmer\tspokesperson\tgb/mod\t2024-01\t\t",
      "charles-clarke\tinterior-minister\tGB\t2004-12\t2006-05\t",
      "theresa-may\tprime-minister\tGB\t2016-07\t2019-07\t",
      "yvette-cooper\tinterior-minister\tGB\t2024-07\t2025-09\t",
      "jens-stoltenberg\tsecretary-general\tint/nato\t2014-10\t2024-09\t",
      "peter-frank\thead\tde/federal-prosecutor\t2015-10\t2023-12\t",
      "leo-varadkar\tprime-minister\tIE\t2022-12\t2024-04\tTaoiseach",
      "delcy-rodriguez\tvice-president\tVE\t2018-06\t\t",
      "danny-levy\thead\til/police\t2023-01\t\t",
      "eyal-zamir\tchief-of-defence\til/idf\t2025-03\t\t",
      "mahmoud-alavi\thead\tir/mois\t2013-08\t2021-08\t",
      "dmitry-peskov\tspokesperson\tru/kremlin\t2012-05\t\t",
      "ahmet-davutoglu\tprime-minister\tTR\t2014-08\t2016-05\t",
      "andres-manuel-lopez-obrador\tpresident\tMX\t2018-12\t2024-09\t",
      "");

  public static final String STOPS = "stop\tnote\nLatin America\tregion\nWashington Post\tnewspaper\n";

  private static final Gazetteer SMALL = Gazetteer.builder()
      .load("test-entities.tsv", new StringReader(ENTITIES))
      .load("test-posts.tsv", new StringReader(POSTS))
      .load("test-stops.tsv", new StringReader(STOPS))
      .build();

  private static final NewsAnalyzer ANALYZER = NewsAnalyzer.builder().gazetteer(SMALL).build();

  public static Gazetteer small() {
    return SMALL;
  }

  public static NewsAnalyzer analyzer() {
    return ANALYZER;
  }
}
