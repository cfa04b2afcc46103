package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()

	file3, err := os.Open("upload.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer file3.Close()

	file4, err := os.Open("q\"uote.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer file4.Close()

	req := client.R()
	req.SetMultipartFields(
		&resty.MultipartField{
			Param:  "say %22hi%22",
			Reader: strings.NewReader("one"),
		},
		&resty.MultipartField{
			Param:  "a\\b%22c%22",
			Reader: strings.NewReader("two"),
		},
		&resty.MultipartField{
			Param:       "doc %22main%22",
			FileName:    "upload.txt",
			ContentType: "text/plain",
			Reader:      file3,
		},
		&resty.MultipartField{
			Param:       "quoted file",
			FileName:    "q%22uote.txt",
			ContentType: "application/octet-stream",
			Reader:      file4,
		},
	)

	resp, err := req.Execute("POST", "{{baseUrl}}/upload")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.String())
}
