var settings = {
  "url": "{{baseUrl}}/inv",
  "method": "POST",
  "timeout": 0,
  "headers": {
    "X-Tab": "a\tb",
    "Content-Type": "text/plain"
  },
  "data": "tab\there\u2028sep\u2029para\u202ERLO\u200F\uFEFFbom\x01\x1F\x7Fdel\x85nel"
};

$.ajax(settings).done(function (response) {
  console.log(response);
});
