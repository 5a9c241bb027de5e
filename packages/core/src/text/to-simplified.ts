/**
 * Traditional -> Simplified for the characters of budget and performance-target vocabulary (and
 * the commonest others): a data table, not a dictionary dependency. Pairs are written as one
 * string of (traditional, simplified) characters.
 */
const PAIRS = '績绩標标產产數数質质時时經经濟济會会態态環环續续響响滿满務务對对項项資资預预財财撥拨單单實实總总體体計计劃划設设據据權权規规則则證证療疗險险診诊報报銷销蓋盖發发維维護护網网絡络統统傳传監监開开際际執执萬万億亿個个處处辦办費费補补門门達达導导獲获準准確确認认議议論论說说請请調调進进運运業业機机構构關关係系應应區区縣县鄉乡鎮镇類类級级場场車车輛辆電电話话訊讯號号碼码圖图書书檔档錄录價价藥药醫医衛卫災灾難难貧贫養养殘残優优撫抚軍军隊队職职員员勞劳動动獎奖勵励懲惩罰罚審审備备檢检驗验測测評评參参與与戶户繳缴納纳額额餘余結结轉转帳账賬账歸归還还購购買买賣卖貨货採采編编離离訓训講讲廣广頻频視视聽听頁页線线條条邊边遠远鄰邻舉举幫帮問问節节慶庆覽览觀观館馆園园樹树藝艺術术營营飲饮糧粮駕驾駛驶輸输廢废棄弃擴扩張张縮缩減减輕轻負负擔担為为於于從从們们這这裡里來来長长點点後后內内兩两幾几麼么樣样種种隨随讓让將将歷历屆届舊旧狀状況况現现華华國国東东專专屬属層层歲岁齡龄學学習习課课題题顯显適适當当異异紀纪斷断繼继齊齐徵征識识織织組组紙纸絕绝純纯細细終终給给約约紅红綜综綠绿緊紧練练決决爭争淨净獨独畢毕盤盘盡尽眾众礎础禮礼穩稳窮穷競竞筆笔範范簡简籌筹緩缓聯联聲声腦脑臨临興兴莊庄裝装複复覺觉親亲觸触討讨許许訴诉詞词試试詳详誠诚誤误讀读貢贡責责貸贷貿贸賠赔賦赋賴赖趕赶躍跃軟软輔辅轄辖辭辞農农違违遷迁選选遺遗郵邮釋释針针錢钱錯错鍵键鐘钟鐵铁閉闭間间閱阅陣阵陸陆階阶隱隐雜杂雙双雲云靈灵順顺須须領领頭头顧顾風风飛飞飯饭鬧闹鮮鲜黃黄齒齿樓楼劑剂麗丽塊块壓压廳厅廠厂徑径歡欢殺杀氣气滅灭熱热燒烧煙烟爺爷牆墙獄狱瓊琼畫画瘋疯碩硕禪禅積积稅税穀谷窩窝築筑糾纠紛纷綱纲緣缘縱纵羅罗聞闻脫脱腳脚膽胆艦舰芻刍萊莱蘇苏製制襲袭見见誌志謝谢譯译豐丰貫贯賓宾贊赞趨趋蹤踪軌轨較较載载輝辉遞递遲迟邏逻鄧邓醜丑釣钓銀银銅铜鋼钢鍋锅鏈链鑑鉴閃闪閒闲陰阴隻只頂顶頑顽飄飘騎骑騙骗髮发鬱郁魯鲁鴻鸿鷹鹰麵面龜龟稱称憑凭噸吨蘋苹輿舆佈布傑杰傘伞剛刚劉刘勝胜啟启圍围堅坚塗涂奪夺嬰婴寧宁峽峡幣币廟庙彈弹徹彻慣惯憂忧戰战擇择擊击擬拟攜携敵敌斂敛晉晋曆历朧胧殼壳氫氢沖冲溝沟濱滨灣湾熾炽爾尔獻献瑣琐疊叠癢痒皺皱盜盗瞭了礦矿祿禄稱称窯窑竊窃籤签紋纹紐纽紡纺絲丝綁绑緝缉緯纬聰聪膚肤艙舱蘊蕴虛虚蝕蚀襯衬訂订訪访詢询該该誡诫諮咨諾诺謊谎謹谨譜谱贈赠贏赢迴回遙遥鋒锋錦锦鍛锻鎖锁鑄铸閘闸闡阐陽阳雖虽霧雾靜静韌韧頒颁頸颈騰腾驅驱鬆松鳴鸣';

export const TRADITIONAL_TO_SIMPLIFIED: ReadonlyMap<string, string> = new Map(
  Array.from({ length: PAIRS.length / 2 }, (_, i) => [PAIRS[2 * i]!, PAIRS[2 * i + 1]!] as const),
);

const TRADITIONAL_CHARS = new RegExp(`[${Array.from(TRADITIONAL_TO_SIMPLIFIED.keys()).join('')}]`);

/** Folds Traditional characters to Simplified; other characters are left as they are. */
export function toSimplified(text: string): string {
  if (!TRADITIONAL_CHARS.test(text)) return text;
  let out = '';
  let changed = false;
  for (const ch of text) {
    const s = TRADITIONAL_TO_SIMPLIFIED.get(ch);
    if (s !== undefined) changed = true;
    out += s ?? ch;
  }
  return changed ? out : text;
}
