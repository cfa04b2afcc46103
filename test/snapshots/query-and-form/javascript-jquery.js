var settings = {
  "url": "{{baseUrl}}/login?next=/home&lang=en",
  "method": "POST",
  "timeout": 0,
  "headers": {
    "Content-Type": "application/x-www-form-urlencoded"
  },
  "data": {
    "user": "ann@example.com",
    "pass": "p@ss w0rd&"
  }
};

$.ajax(settings).done(function (response) {
  console.log(response);
});
