var settings = {
  "url": "{{baseUrl}}/notes",
  "method": "POST",
  "timeout": 0,
  "headers": {
    "Content-Type": "text/plain"
  },
  "data": "price: $5 #{total} ${HOME} \\(x) `cmd` 'single' \"double\" \\n stays"
};

$.ajax(settings).done(function (response) {
  console.log(response);
});
