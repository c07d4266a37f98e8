// diglot parallel edition: hovering or focusing a sentence highlights its counterpart(s).
// Each sentence is a span.s with data-s (its id, such as en:u-1.a), data-with (its counterparts) and tabindex 0.
// Content cannot break this script by clobbering (an element named `querySelectorAll` shadows
// document.querySelectorAll): every DOM method is taken from its prototype when the script
// loads and called with .call, never looked up through document or window by name.
(function (doc, D, E, ET, TL, call) {
  var qsa = D.querySelectorAll,
    getAttr = E.getAttribute,
    closest = E.closest,
    on = ET.addEventListener;
  var add = TL.add,
    remove = TL.remove,
    classList = Object.getOwnPropertyDescriptor(E, 'classList').get;
  var byId = Object.create(null);
  var all = call.call(qsa, doc, '[data-s]');
  for (var i = 0; i < all.length; i++) byId[call.call(getAttr, all[i], 'data-s')] = all[i];
  var lit = [];
  function classes(el) {
    return call.call(classList, el);
  }
  function clear() {
    for (var k = 0; k < lit.length; k++) call.call(remove, classes(lit[k]), 'hl', 'hl-self');
    lit = [];
  }
  function show(el) {
    clear();
    call.call(add, classes(el), 'hl-self');
    lit.push(el);
    var ids = (call.call(getAttr, el, 'data-with') || '').split(' ');
    for (var k = 0; k < ids.length; k++) {
      var other = byId[ids[k]];
      if (other) {
        call.call(add, classes(other), 'hl');
        lit.push(other);
      }
    }
  }
  function sentence(node) {
    return node instanceof Element ? call.call(closest, node, '[data-s]') : null;
  }
  call.call(on, doc, 'mouseover', function (e) {
    var el = sentence(e.target);
    if (el) show(el);
  });
  call.call(on, doc, 'mouseout', function (e) {
    if (sentence(e.target) !== sentence(e.relatedTarget)) clear();
  });
  call.call(on, doc, 'focusin', function (e) {
    var el = sentence(e.target);
    if (el) show(el);
  });
  call.call(on, doc, 'focusout', clear);
})(document, Document.prototype, Element.prototype, EventTarget.prototype, DOMTokenList.prototype, Function.prototype.call);
