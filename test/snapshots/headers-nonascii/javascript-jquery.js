var settings = {
  "url": "{{baseUrl}}/i18n",
  "method": "GET",
  "timeout": 0,
  "headers": {
    "X-Name": String.fromCharCode(...new TextEncoder().encode("Zoë ✓ 😀")),
    "X-Latin": String.fromCharCode(...new TextEncoder().encode("café"))
  }
};

$.ajax(settings).done(function (response) {
  console.log(response);
});
