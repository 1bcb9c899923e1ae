// secnews in JShell. From the repository root, after ./mvnw -q install -DskipTests:
//   jshell --class-path examples/target/secnews-cli.jar examples/jshell/secnews.jsh
// The script analyses one sentence, prints what it found and leaves you at the jshell> prompt
// with `a` (the Analysis) to explore: a.mentions(), a.claims(), a.entityIds(), ...

import org.secnews.*

// 1. The text and its date (the date decides who held a post, e.g. "the MI6 chief").
var text = "\"Join us,\" MI6 chief Sir Richard Moore told Russians on Wednesday, adding that Vladimir Putin's war had failed.";
var a = SecNews.analyze(text, java.time.LocalDate.of(2023, 7, 19));

// 2. Mentions: offsets (UTF-16, end exclusive), type, entity id, the text, how it names the entity.
System.out.println("mentions:");
a.mentions().forEach(m -> System.out.printf("  %3d-%-3d %-8s %-16s %s (%s)%n",
    m.start(), m.end(), m.type(), m.id(), m.text(), m.form()));

// 3. Claims: kind, speaker as written [resolved id], cue, and the content.
System.out.println("claims:");
a.claims().forEach(c -> System.out.printf("  %-8s %s [%s] <%s>: %s%n", c.kind(),
    c.speakerIfAny().map(s -> s.text()).orElse("?"),
    c.speakerIfAny().flatMap(s -> s.entity()).map(e -> e.id()).orElse("-"),
    c.cueIfAny().map(cue -> cue.text()).orElse(""),
    c.content().text()));

System.out.println("Try: SecNews.analyze(\"The CIA said Russia was losing.\").claims()");
