var settings = {
  "url": "{{baseUrl}}/jobs/42/run",
  "method": "POST",
  "timeout": 0
};

$.ajax(settings).done(function (response) {
  console.log(response);
});
