var form = new FormData();
form.append("__proto__", "f1");
form.append("constructor", "f2");
form.append("prototype", "f3");
form.append("toString", "f4");

var settings = {
  "url": "{{baseUrl}}/objects",
  "method": "POST",
  "timeout": 0,
  "processData": false,
  "contentType": false,
  "data": form
};

$.ajax(settings).done(function (response) {
  console.log(response);
});
