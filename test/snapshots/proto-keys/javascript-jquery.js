var settings = {
  "url": "{{baseUrl}}/objects?__proto__=q1&constructor=q2&prototype=q3&hasOwnProperty=q4",
  "method": "POST",
  "timeout": 0,
  "headers": {
    "prototype": "h3",
    "toString": "h4",
    "Content-Type": "application/x-www-form-urlencoded"
  },
  "processData": false,
  "data": "__proto__=f1&constructor=f2&prototype=f3&valueOf=f4",
  // jQuery keeps headers in plain objects, where "__proto__", "constructor" would find an Object.prototype member:
  // set on the XMLHttpRequest itself once it is open.
  "xhr": function () {
    var xhr = new XMLHttpRequest();
    var open = xhr.open;
    xhr.open = function () {
      open.apply(xhr, arguments);
      xhr.setRequestHeader("__proto__", "h1");
      xhr.setRequestHeader("constructor", "h2");
    };
    return xhr;
  }
};

$.ajax(settings).done(function (response) {
  console.log(response);
});
