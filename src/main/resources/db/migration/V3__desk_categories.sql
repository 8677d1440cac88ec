-- factdesk schema v3: a starting set of article categories (editors add more in the desk).
INSERT INTO categories (slug, name_vi, name_en) VALUES ('suc-khoe', 'Sức khỏe', 'Health');
INSERT INTO categories (slug, name_vi, name_en) VALUES ('chinh-tri', 'Chính trị', 'Politics');
INSERT INTO categories (slug, name_vi, name_en) VALUES ('khoa-hoc', 'Khoa học', 'Science');
INSERT INTO categories (slug, name_vi, name_en) VALUES ('kinh-te', 'Kinh tế', 'Economy');
INSERT INTO categories (slug, name_vi, name_en) VALUES ('xa-hoi', 'Xã hội', 'Society');
INSERT INTO categories (slug, name_vi, name_en) VALUES ('the-gioi', 'Thế giới', 'World');
