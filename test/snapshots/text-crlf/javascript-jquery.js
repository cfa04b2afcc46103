var settings = {
  "url": "{{baseUrl}}/notes",
  "method": "POST",
  "timeout": 0,
  "headers": {
    "Content-Type": "text/plain"
  },
  "data": "line one\r\nline two\r\n"
};

$.ajax(settings).done(function (response) {
  console.log(response);
});
