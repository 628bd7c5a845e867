// Pinyin initials of a place name ('福鼎市' → 'fds'), computed when the region data is generated so that
// no pinyin library ships in the app. pinyin-pro picks a polyphonic character's reading from the words
// around it (重庆 cq, 长沙 cs, 厦门 xm, 六安 la, 蚌埠 bb); the few place names whose local reading
// it still gets wrong are given here, each checked against the 行政区划 name's standard reading.
import { customPinyin, pinyin } from 'pinyin-pro';

customPinyin({
  单县: 'shàn xiàn', // 山东菏泽
  洪洞: 'hóng tóng', // 山西临汾
  尉犁: 'yù lí', // 新疆巴音郭楞
  蔚县: 'yù xiàn', // 河北张家口
  浚县: 'xùn xiàn', // 河南鹤壁
  筠连: 'jūn lián', // 四川宜宾
  解州: 'xiè zhōu', // 山西运城盐湖区
});

/**
 * Lower-case initials, a–z only. A bracketed note is left out ('（工业园区）城南街道' → 'cnjd'), so the
 * initials are those of the name people say.
 */
export function placeNameInitials(name) {
  const spoken = name.replace(/[（(][^）)]*[）)]/g, '');
  return pinyin(spoken, { pattern: 'first', toneType: 'none', type: 'array' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}
