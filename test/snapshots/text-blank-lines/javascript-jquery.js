var settings = {
  "url": "{{baseUrl}}/notes",
  "method": "POST",
  "timeout": 0,
  "headers": {
    "Content-Type": "text/plain"
  },
  "data": `\tindented

  spaced  

`
};

$.ajax(settings).done(function (response) {
  console.log(response);
});
