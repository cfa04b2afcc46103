package main

import (
	"fmt"
	"strings"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()

	req := client.R()
	req.SetMultipartFields(
		&resty.MultipartField{
			Param:  "title",
			Reader: strings.NewReader("Hello"),
		},
		&resty.MultipartField{
			Param:  "bio",
			Reader: strings.NewReader("line 1\nline 2\r\nline 3"),
		},
		&resty.MultipartField{
			Param:  "name",
			Reader: strings.NewReader("Zoë 😀"),
		},
		&resty.MultipartField{
			Param:  "tag",
			Reader: strings.NewReader("a"),
		},
		&resty.MultipartField{
			Param:  "tag",
			Reader: strings.NewReader("b"),
		},
		&resty.MultipartField{
			Param:       "meta",
			ContentType: "application/json",
			Reader:      strings.NewReader("{\"k\":\"v\"}"),
		},
		&resty.MultipartField{
			Param:  "danger",
			Reader: strings.NewReader("\"; $(id) #{x} \\(y) '"),
		},
	)

	resp, err := req.Execute("POST", "{{baseUrl}}/upload")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.String())
}
