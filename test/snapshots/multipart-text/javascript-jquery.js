var form = new FormData();
form.append("title", "Hello");
form.append("bio", "line 1\nline 2\r\nline 3");
form.append("name", "Zoë 😀");
form.append("tag", "a");
form.append("tag", "b");
form.append("meta", '{"k":"v"}');
form.append("danger", "\"; $(id) #{x} \\(y) '");

var settings = {
  "url": "{{baseUrl}}/upload",
  "method": "POST",
  "timeout": 0,
  "processData": false,
  "contentType": false,
  "data": form
};

$.ajax(settings).done(function (response) {
  console.log(response);
});
