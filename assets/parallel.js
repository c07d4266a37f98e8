// diglot parallel edition: hovering or focusing a sentence highlights its counterpart(s).
// Each sentence is a span.s with data-s (its id, such as en:u-1.a), data-with (its counterparts) and tabindex 0.
(function () {
  var byId = {};
  var all = document.querySelectorAll('[data-s]');
  for (var i = 0; i < all.length; i++) byId[all[i].getAttribute('data-s')] = all[i];
  var lit = [];
  function clear() {
    for (var k = 0; k < lit.length; k++) lit[k].classList.remove('hl', 'hl-self');
    lit = [];
  }
  function show(el) {
    clear();
    el.classList.add('hl-self');
    lit.push(el);
    var ids = (el.getAttribute('data-with') || '').split(' ');
    for (var k = 0; k < ids.length; k++) {
      var other = byId[ids[k]];
      if (other) { other.classList.add('hl'); lit.push(other); }
    }
  }
  function sentence(node) { return node && node.closest ? node.closest('[data-s]') : null; }
  document.addEventListener('mouseover', function (e) { var el = sentence(e.target); if (el) show(el); });
  document.addEventListener('mouseout', function (e) { if (sentence(e.target) !== sentence(e.relatedTarget)) clear(); });
  document.addEventListener('focusin', function (e) { var el = sentence(e.target); if (el) show(el); });
  document.addEventListener('focusout', clear);
})();
