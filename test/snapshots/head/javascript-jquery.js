var settings = {
  "url": "{{baseUrl}}/status",
  "method": "HEAD",
  "timeout": 0,
  "headers": {
    "X-Check": "yes"
  }
};

$.ajax(settings).done(function (response) {
  console.log(response);
});
