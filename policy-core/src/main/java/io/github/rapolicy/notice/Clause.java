package io.github.rapolicy.notice;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import com.google.common.collect.Sets;
import java.util.Arrays;
import java.util.EnumSet;

/**
 * A sentence of notice 工信部联规〔2024〕122号: the clause catalogue, one constant per ID of the
 * notice's clause index ({@code CLAUSES.md}), in document order.
 *
 * <p>IDs have the form {@code S.I.N}: S is the section (0 for the preamble before 一, 1 for 一 总体要求,
 * 2 for 二 主要任务, 3 for 三 保障措施), I the item within it ((一) = 1, and 0 where the section has no
 * items) and N the sentence within the item, the item's heading being sentence 1. The notice's
 * title, number, addressees, issuers and date have the IDs {@code title}, {@code number}, {@code
 * addressees}, {@code issuers} and {@code date}. The constant for ID {@code 3.3.3} is {@link
 * #C3_3_3}.
 *
 * <p>Every citation this library gives is one of these constants, never a free string:
 *
 * <pre>{@code
 * Clause rule = Clause.parse("3.3.3");
 * rule.article();   // "三（三）"
 * rule.original();  // "对于依托各级科技计划项目设立的科研助理岗位，科研项目经费中“劳务费”科目资金可…"
 * rule.kinds();     // [RULE]
 * }</pre>
 *
 * <p>The original of each clause is exactly the notice's sentence (an item's enumerator, such as
 * （一）, is left off its heading sentence); the notice's full text ships beside these classes as the
 * resource {@code io/github/rapolicy/notice/notice-2024-122.zh.txt}. The English gloss is a working
 * translation for engineers, not an official one.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Clause {
  /** title (—): Notice of MIIT and seven other departments on developing research-assistant positions to recruit university graduates */
  TITLE(
      "title",
      "—",
      "工业和信息化部等八部门关于开发科研助理岗位招录高校毕业生工作的通知",
      "Notice of MIIT and seven other departments on developing research-assistant positions to recruit university graduates",
      ClauseKind.NARRATIVE),

  /** number (—): document number */
  NUMBER(
      "number",
      "—",
      "工信部联规〔2024〕122号",
      "document number",
      ClauseKind.REFERENCE_LIST),

  /** addressees (—): the industry-and-IT, education, S&amp;T, finance, human-resources-and-social-security and state-assets authorities of every province, autonomous region, municipality, separately-planned city and the Xinjiang Production and Construction Corps; every national high-tech zone's management committee */
  ADDRESSEES(
      "addressees",
      "—",
      "各省、自治区、直辖市及计划单列市、新疆生产建设兵团工业和信息化、教育、科技、财政、人力资源社会保障、国有资产监管主管部门，各国家高新区管委会",
      "the industry-and-IT, education, S&T, finance, human-resources-and-social-security and state-assets authorities of every province, autonomous region, municipality, separately-planned city and the Xinjiang Production and Construction Corps; every national high-tech zone's management committee",
      ClauseKind.REFERENCE_LIST),

  /** 0.0.1 (序言): A research assistant (科研助理) is a person doing work such as: auxiliary research on research projects of every kind; operation and maintenance of experimental (engineering) facilities, and experimental technique; transfer and commercialisation of S&amp;T results; academic assistance; financial assistance; postdoctoral research. (open list: 等) */
  C0_0_1(
      "0.0.1",
      "序言",
      "科研助理是指从事各类科研项目辅助研究、实验（工程）设施运行维护和实验技术、科技成果转移转化、学术助理、财务助理以及博士后研究等工作的人员。",
      "A research assistant (科研助理) is a person doing work such as: auxiliary research on research projects of every kind; operation and maintenance of experimental (engineering) facilities, and experimental technique; transfer and commercialisation of S&T results; academic assistance; financial assistance; postdoctoral research. (open list: 等)",
      ClauseKind.DEFINITION),

  /** 0.0.2 (序言): RAs are an important part of the research workforce … */
  C0_0_2(
      "0.0.2",
      "序言",
      "科研助理是科研队伍的重要组成部分，是加强科技创新和产业创新深度融合的重要抓手。",
      "RAs are an important part of the research workforce …",
      ClauseKind.NARRATIVE),

  /** 0.0.3 (序言): Innovation entities of every kind are encouraged to develop RA positions that employ graduates. */
  C0_0_3(
      "0.0.3",
      "序言",
      "鼓励各类创新主体开发科研助理岗位招录高校毕业生就业，既是促进就业的有力手段，也是提升高校、科研院所、企业创新能力的有效途径，对于发展新质生产力具有重大意义。",
      "Innovation entities of every kind are encouraged to develop RA positions that employ graduates.",
      ClauseKind.ENCOURAGEMENT),

  /** 0.0.4 (序言): The notice concerns recruiting the class of 2024 (2024届) university graduates into RA positions. */
  C0_0_4(
      "0.0.4",
      "序言",
      "为贯彻落实党中央、国务院决策部署，现就开发科研助理岗位招录2024届高校毕业生就业工作有关事项通知如下：",
      "The notice concerns recruiting the class of 2024 (2024届) university graduates into RA positions.",
      ClauseKind.SCOPE),

  /** 1.0.1 (一): General requirements: employment of graduates is the top priority; develop positions that use what graduates studied. */
  C1_0_1(
      "1.0.1",
      "一",
      "以习近平新时代中国特色社会主义思想为指导，坚持以人民为中心的发展思想，全面贯彻劳动者自主就业、市场调节就业、政府促进就业和鼓励创业的方针，持续促进就业质的有效提升和量的合理增长，坚持把高校毕业生等青年群体就业作为重中之重，开发更多有利于发挥所学所长的就业岗位，拓宽市场化社会化就业渠道，统筹推进科技研发、优质企业成长、高新技术产业发展和科研助理岗位开发工作，强化央地协同，广泛动员部署，充分挖掘岗位资源，做实做细服务，加大保障力度，扎实做好科研助理岗位开发和落实工作。",
      "General requirements: employment of graduates is the top priority; develop positions that use what graduates studied.",
      ClauseKind.NARRATIVE),

  /** 2.1.1 (二（一）): Units of every kind step up development of RA positions. */
  C2_1_1(
      "2.1.1",
      "二（一）",
      "各类单位加大科研助理岗位开发力度。",
      "Units of every kind step up development of RA positions.",
      ClauseKind.NARRATIVE),

  /** 2.1.2 (二（一）): Universities affiliated with MIIT, MOE, SASAC or CAS, central-level research institutes and central state-owned enterprises (open list) recruit graduates into the S&amp;T plan projects of every level they undertake and the major innovation bases and platforms they build, and set up new RA positions. */
  C2_1_2(
      "2.1.2",
      "二（一）",
      "工业和信息化部、教育部、国务院国资委、中国科学院所属高校、中央级科研院所、中央企业等在所承担的各级科技计划项目和建设布局的各类重大创新基地平台中，积极招录高校毕业生参与科研工作，合理设置新的科研助理岗位。",
      "Universities affiliated with MIIT, MOE, SASAC or CAS, central-level research institutes and central state-owned enterprises (open list) recruit graduates into the S&T plan projects of every level they undertake and the major innovation bases and platforms they build, and set up new RA positions.",
      ClauseKind.SCOPE),

  /** 2.1.3 (二（一）): Review RA positions already developed; fill those not yet filled and those vacated by staff turnover with graduates. */
  C2_1_3(
      "2.1.3",
      "二（一）",
      "认真梳理已开发的科研助理岗位，充分利用尚未招录毕业生和因人员流动而产生空缺的有关岗位，最大限度招录高校毕业生就业。",
      "Review RA positions already developed; fill those not yet filled and those vacated by staff turnover with graduates.",
      ClauseKind.SCOPE),

  /** 2.2.1 (二（二）): National high-tech zones organise the development of RA positions. */
  C2_2_1(
      "2.2.1",
      "二（二）",
      "国家高新区组织开发科研助理岗位。",
      "National high-tech zones organise the development of RA positions.",
      ClauseKind.NARRATIVE),

  /** 2.2.2 (二（二）): Mobilise national high-tech zones and, inside them, research institutions, high-tech enterprises, unicorn enterprises, "specialised, refined, distinctive and innovative" (专精特新) SMEs, technology-based SMEs and technology business incubators (open list) to set up RA positions; guide units undertaking S&amp;T plan projects of every level; encourage positions based on self-organised projects. */
  C2_2_2(
      "2.2.2",
      "二（二）",
      "充分发挥国家高新区集聚带动就业效能，动员国家高新区以及区内的科研机构、高新技术企业、独角兽企业、专精特新中小企业、科技型中小企业、科技企业孵化器等设立科研助理岗位，组织引导承担各级科技计划项目的单位合理开发科研助理岗位，鼓励依托自行组织的项目设立科研助理岗位。",
      "Mobilise national high-tech zones and, inside them, research institutions, high-tech enterprises, unicorn enterprises, \"specialised, refined, distinctive and innovative\" (专精特新) SMEs, technology-based SMEs and technology business incubators (open list) to set up RA positions; guide units undertaking S&T plan projects of every level; encourage positions based on self-organised projects.",
      ClauseKind.SCOPE),

  /** 2.2.3 (二（二）): RA-position development is one important reference in each national high-tech zone's annual comprehensive evaluation. */
  C2_2_3(
      "2.2.3",
      "二（二）",
      "将科研助理岗位开发情况作为国家高新区年度综合评价的重要参考依据之一。",
      "RA-position development is one important reference in each national high-tech zone's annual comprehensive evaluation.",
      ClauseKind.RULE),

  /** 2.3.1 (二（三）): Localities actively develop RA positions. */
  C2_3_1(
      "2.3.1",
      "二（三）",
      "各地方积极开发科研助理岗位。",
      "Localities actively develop RA positions.",
      ClauseKind.NARRATIVE),

  /** 2.3.2 (二（三）): Local industry-and-IT, education and S&amp;T authorities, based on national and local S&amp;T projects and innovation platforms, target provincial universities, provincial research institutes, new-type R&amp;D institutions, high-tech enterprises outside national high-tech zones and provincial high-tech zones (open list). */
  C2_3_2(
      "2.3.2",
      "二（三）",
      "各地工业和信息化、教育、科技主管部门会同相关单位结合实际，依托国家、地方各级科技项目和创新基地平台，面向省属高校、省属院所、新型研发机构、国家高新区外的高新技术企业以及省级高新区等，加大科研助理岗位开发和落实力度。",
      "Local industry-and-IT, education and S&T authorities, based on national and local S&T projects and innovation platforms, target provincial universities, provincial research institutes, new-type R&D institutions, high-tech enterprises outside national high-tech zones and provincial high-tech zones (open list).",
      ClauseKind.SCOPE),

  /** 3.1.1 (三（一）): Strengthen organisation and leadership. */
  C3_1_1(
      "3.1.1",
      "三（一）",
      "加强组织领导。",
      "Strengthen organisation and leadership.",
      ClauseKind.NARRATIVE),

  /** 3.1.2 (三（一）): Departments and localities organise their own units to implement. */
  C3_1_2(
      "3.1.2",
      "三（一）",
      "各部门、各地方要切实履行职责，组织本部门、本地区所属相关单位认真做好落实工作。",
      "Departments and localities organise their own units to implement.",
      ClauseKind.NARRATIVE),

  /** 3.1.3 (三（一）): Ministry-affiliated universities, central-level research institutes, central SOEs and national high-tech zones are to take the lead. */
  C3_1_3(
      "3.1.3",
      "三（一）",
      "部属高校、中央级科研院所、中央企业、国家高新区等要发挥带头作用，积极开发科研助理岗位。",
      "Ministry-affiliated universities, central-level research institutes, central SOEs and national high-tech zones are to take the lead.",
      ClauseKind.OBLIGATION),

  /** 3.1.4 (三（一）): Regions coordinate vertically. */
  C3_1_4(
      "3.1.4",
      "三（一）",
      "各地区要上下联动，形成合力，落实好开发科研助理岗位相关工作。",
      "Regions coordinate vertically.",
      ClauseKind.NARRATIVE),

  /** 3.1.5 (三（一）): Joint recruitment events are encouraged; zone management committees are supported in holding supply–demand matching events. */
  C3_1_5(
      "3.1.5",
      "三（一）",
      "鼓励各部门与地方联动举办科研助理岗招录活动，支持各高新区管委会集中组织开展科研助理岗供需对接活动。",
      "Joint recruitment events are encouraged; zone management committees are supported in holding supply–demand matching events.",
      ClauseKind.ENCOURAGEMENT),

  /** 3.2.1 (三（二）): Host units of national S&amp;T plan projects and innovation platforms lead. */
  C3_2_1(
      "3.2.1",
      "三（二）",
      "发挥国家科技计划项目和创新基地平台依托单位的引领作用。",
      "Host units of national S&T plan projects and innovation platforms lead.",
      ClauseKind.NARRATIVE),

  /** 3.2.2 (三（二）): National S&amp;T plan projects include the National Key R&amp;D Programme, the National S&amp;T Major Projects and the National Natural Science Foundation (open list); innovation bases and platforms include national laboratories, national key laboratories, national technology innovation centres, national manufacturing innovation centres, national S&amp;T resource-sharing service platforms, university science parks, technology business incubators and national high-tech zones (open list). */
  C3_2_2(
      "3.2.2",
      "三（二）",
      "国家科技计划项目包括国家重点研发计划、国家科技重大专项、国家自然科学基金等，创新基地和平台包括国家实验室、全国重点实验室、国家技术创新中心、国家制造业创新中心、国家科技资源共享服务平台、大学科技园、科技企业孵化器，以及国家高新区等。",
      "National S&T plan projects include the National Key R&D Programme, the National S&T Major Projects and the National Natural Science Foundation (open list); innovation bases and platforms include national laboratories, national key laboratories, national technology innovation centres, national manufacturing innovation centres, national S&T resource-sharing service platforms, university science parks, technology business incubators and national high-tech zones (open list).",
      ClauseKind.REFERENCE_LIST),

  /** 3.2.3 (三（二）): Host units of those projects and platforms bear the main responsibility and recruit graduates. */
  C3_2_3(
      "3.2.3",
      "三（二）",
      "强化上述项目和基地平台依托单位的主体责任，发挥示范带头作用，积极招录高校毕业生就业。",
      "Host units of those projects and platforms bear the main responsibility and recruit graduates.",
      ClauseKind.OBLIGATION),

  /** 3.2.4 (三（二）): Plan projects and platforms of every level are encouraged to develop more RA positions. */
  C3_2_4(
      "3.2.4",
      "三（二）",
      "鼓励各级科技计划项目和基地平台加大科研助理岗位开发力度。",
      "Plan projects and platforms of every level are encouraged to develop more RA positions.",
      ClauseKind.ENCOURAGEMENT),

  /** 3.3.1 (三（三）): Strengthen service and security for RA positions. */
  C3_3_1(
      "3.3.1",
      "三（三）",
      "加强科研助理岗位服务保障。",
      "Strengthen service and security for RA positions.",
      ClauseKind.NARRATIVE),

  /** 3.3.2 (三（三）): A unit that sets up RA positions shall sign a service agreement (服务协议) according to national regulations; it is encouraged to enrol RAs in social insurance and the housing provident fund. */
  C3_3_2(
      "3.3.2",
      "三（三）",
      "逐步完善相关政策，设立科研助理岗位的单位，应根据国家有关规定签订服务协议，鼓励为科研助理办理参加社会保险及住房公积金等。",
      "A unit that sets up RA positions shall sign a service agreement (服务协议) according to national regulations; it is encouraged to enrol RAs in social insurance and the housing provident fund.",
      ClauseKind.OBLIGATION, ClauseKind.ENCOURAGEMENT),

  /** 3.3.3 (三（三）): For an RA position set up based on an S&amp;T plan project (of any level), money in that project's labour-fee (劳务费) budget line may, according to the relevant regulations, pay the RA's labour remuneration and social-insurance subsidy (open list: 等支出). */
  C3_3_3(
      "3.3.3",
      "三（三）",
      "对于依托各级科技计划项目设立的科研助理岗位，科研项目经费中“劳务费”科目资金可按照有关规定用于科研助理的劳务性报酬和社会保险补助等支出。",
      "For an RA position set up based on an S&T plan project (of any level), money in that project's labour-fee (劳务费) budget line may, according to the relevant regulations, pay the RA's labour remuneration and social-insurance subsidy (open list: 等支出).",
      ClauseKind.RULE),

  /** 3.3.4 (三（三）): Where a unit puts balance funds retained according to the rules (结余资金) into research projects and sets up RA positions, it may charge the RAs' labour remuneration and social-insurance subsidy (open list) to those balance funds. */
  C3_3_4(
      "3.3.4",
      "三（三）",
      "单位将按规定留用的结余资金安排用于科研项目并设立科研助理岗位，可从结余资金中列支科研助理的劳务性报酬和社会保险补助等支出。",
      "Where a unit puts balance funds retained according to the rules (结余资金) into research projects and sets up RA positions, it may charge the RAs' labour remuneration and social-insurance subsidy (open list) to those balance funds.",
      ClauseKind.RULE),

  /** 3.3.5 (三（三）): A unit shall estimate its RA funding needs and charge actual amounts only (据实列支). */
  C3_3_5(
      "3.3.5",
      "三（三）",
      "单位应认真测算科研助理经费需求，据实列支。",
      "A unit shall estimate its RA funding needs and charge actual amounts only (据实列支).",
      ClauseKind.OBLIGATION),

  /** 3.3.6 (三（三）): Units are encouraged to pool related funding channels, raise RA income and security, and provide dedicated matching funds (配套专门资金) for long-term stable support. */
  C3_3_6(
      "3.3.6",
      "三（三）",
      "鼓励设立科研助理岗位的单位统筹相关经费渠道，提高岗位收入和综合保障水平，配套专门资金为科研助理岗位提供长期稳定支持。",
      "Units are encouraged to pool related funding channels, raise RA income and security, and provide dedicated matching funds (配套专门资金) for long-term stable support.",
      ClauseKind.ENCOURAGEMENT),

  /** 3.4.1 (三（四）): Strengthen reporting and publicity. */
  C3_4_1(
      "3.4.1",
      "三（四）",
      "加强信息报送和宣传力度。",
      "Strengthen reporting and publicity.",
      ClauseKind.NARRATIVE),

  /** 3.4.2 (三（四）): Local industry-and-IT and S&amp;T authorities, each by its remit, compile their region's progress and report it to MIIT before 5 July, 20 July, 5 August and 20 August (2024; content and format to be notified separately). */
  C3_4_2(
      "3.4.2",
      "三（四）",
      "请各地工业和信息化、科技主管部门根据职能汇总本地区科研助理岗位开发和落实工作进展情况，分别于7月5日、7月20日、8月5日、8月20日前报送工业和信息化部（报送内容和格式要求另行通知）。",
      "Local industry-and-IT and S&T authorities, each by its remit, compile their region's progress and report it to MIIT before 5 July, 20 July, 5 August and 20 August (2024; content and format to be notified separately).",
      ClauseKind.SCHEDULE),

  /** 3.4.3 (三（四）): Plan publicity; mobilise the media. */
  C3_4_3(
      "3.4.3",
      "三（四）",
      "积极谋划有关活动加大科研助理岗位宣传力度，动员各类媒体做好宣传工作。",
      "Plan publicity; mobilise the media.",
      ClauseKind.NARRATIVE),

  /** issuers (落款): MIIT, MOST, MOE, MOF, MOHRSS, SASAC, CAS, NSFC */
  ISSUERS(
      "issuers",
      "落款",
      "工业和信息化部、科学技术部、教育部、财政部、人力资源社会保障部、国务院国有资产监督管理委员会、中国科学院、国家自然科学基金委员会",
      "MIIT, MOST, MOE, MOF, MOHRSS, SASAC, CAS, NSFC",
      ClauseKind.REFERENCE_LIST),

  /** date (落款): issued 25 June 2024 */
  DATE(
      "date",
      "落款",
      "2024年6月25日",
      "issued 25 June 2024",
      ClauseKind.SCHEDULE);

  private static final ImmutableMap<String, Clause> BY_ID =
      Maps.uniqueIndex(Arrays.asList(values()), Clause::id);

  private final String id;
  private final String article;
  private final String original;
  private final String gloss;
  private final ImmutableSet<ClauseKind> kinds;

  Clause(String id, String article, String original, String gloss, ClauseKind... kinds) {
    this.id = id;
    this.article = article;
    this.original = original;
    this.gloss = gloss;
    EnumSet<ClauseKind> set = EnumSet.noneOf(ClauseKind.class);
    set.addAll(Arrays.asList(kinds));
    this.kinds = Sets.immutableEnumSet(set);
  }

  /**
   * Returns the clause with this ID, such as {@code "3.3.3"} or {@code "title"}.
   *
   * @throws UnknownClauseException if the notice has no clause {@code id}
   */
  public static Clause parse(String id) {
    checkNotNull(id, "id");
    Clause clause = BY_ID.get(CharMatcher.whitespace().trimFrom(id));
    if (clause == null) {
      throw new UnknownClauseException(id);
    }
    return clause;
  }

  /** Returns the clause's stable ID, such as {@code "3.3.3"}. */
  public String id() {
    return id;
  }

  /**
   * Returns the article (条) the clause stands in, as the notice numbers it: {@code "序言"} for the
   * preamble, {@code "一"} for the general requirements, {@code "三（三）"} for an item, {@code "落款"}
   * for the signature block and {@code "—"} for the heading lines.
   */
  public String article() {
    return article;
  }

  /** Returns the sentence exactly as the notice has it, in Chinese. */
  public String original() {
    return original;
  }

  /** Returns the English working gloss of the sentence. */
  public String gloss() {
    return gloss;
  }

  /**
   * Returns what the sentence is for a program; one kind for most sentences, two for 3.3.2 (an
   * obligation and an encouragement).
   */
  public ImmutableSet<ClauseKind> kinds() {
    return kinds;
  }

  /** Returns whether {@code kind} is one of this clause's kinds. */
  public boolean isOfKind(ClauseKind kind) {
    return kinds.contains(checkNotNull(kind, "kind"));
  }

  /** Returns the ID, such as {@code "3.3.3"}. */
  @Override
  public String toString() {
    return id;
  }
}
